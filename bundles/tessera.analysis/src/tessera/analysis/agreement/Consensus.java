package tessera.analysis.agreement;

import java.util.ArrayList;
import java.util.List;

import tessera.core.model.Label;
import tessera.core.ops.AddCoding;
import tessera.core.ops.Batch;
import tessera.core.store.CodingFilter;
import tessera.core.store.Operation;
import tessera.core.store.ProjectReader;

/**
 * Resolving a disagreement: the codings a consensus coder (a name the lead chooses) takes over the stretch, as one
 * undoable step. From one coder, the codings of theirs that touch the stretch; the union, every character any of
 * the coders coded there (joined where they touch); the intersection, only the characters all of them coded.
 */
public final class Consensus {

    /** How the consensus codes the stretch. */
    public enum Mode { ADOPT, UNION, INTERSECTION }

    private Consensus() {
    }

    /**
     * The ranges the consensus coder codes. The region is the stretch grown by every coding of the code that
     * overlaps it (and what those overlap in turn); the coders' spans in the region are combined as the mode says
     * ({@code adopt} names the coder for {@link Mode#ADOPT}).
     */
    public static List<int[]> ranges(AgreementScope scope, long document, long code, int start, int end, Mode mode,
            String adopt) {
        int[] region = {start, end};
        for (boolean grew = true; grew;) {
            grew = false;
            for (String coder : scope.coders()) {
                Spans s = scope.spans(code, coder, document);
                for (int i = 0; i < s.size(); i++) {
                    if (s.start(i) < region[1] && region[0] < s.end(i)
                            && (s.start(i) < region[0] || s.end(i) > region[1])) {
                        region[0] = Math.min(region[0], s.start(i));
                        region[1] = Math.max(region[1], s.end(i));
                        grew = true;
                    }
                }
            }
        }
        start = region[0];
        end = region[1];
        List<Spans> touching = new ArrayList<>();
        for (String coder : mode == Mode.ADOPT ? List.of(adopt) : scope.coders()) {
            Spans s = scope.spans(code, coder, document);
            List<int[]> near = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                if (s.start(i) < end && start < s.end(i)) {
                    near.add(new int[] {s.start(i), s.end(i)});
                }
            }
            if (!near.isEmpty()) {
                touching.add(Spans.union(near));
            }
        }
        if (touching.isEmpty()) {
            return List.of();
        }
        Spans result = touching.get(0);
        for (Spans s : touching.subList(1, touching.size())) {
            result = mode == Mode.INTERSECTION ? result.intersection(s) : result.or(s);
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            out.add(new int[] {result.start(i), result.end(i)});
        }
        return out;
    }

    /** The codings to add, one step of undo; ranges the consensus coder has coded already are left out. */
    public static Operation operation(ProjectReader project, long document, long code, List<int[]> ranges,
            String consensusCoder) {
        List<Operation> ops = new ArrayList<>();
        Long coderId = project.coderByName(consensusCoder).map(c -> c.id()).orElse(null);
        for (int[] r : ranges) {
            boolean there = coderId != null && project.codings(new CodingFilter(document, java.util.Set.of(code),
                    coderId)).stream().anyMatch(c -> c.start() == r[0] && c.end() == r[1]);
            if (!there) {
                ops.add(new AddCoding(document, code, r[0], r[1], consensusCoder));
            }
        }
        return new Batch(Label.of("batch.consensus", consensusCoder, ops.size()), ops);
    }
}
