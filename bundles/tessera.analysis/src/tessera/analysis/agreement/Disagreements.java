package tessera.analysis.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import tessera.core.model.Document;

/**
 * Every stretch where the chosen coders differ on a code: the maximal ranges in which some, but not all, of them
 * coded the code, with who did. What a team goes through when it resolves its disagreements.
 */
public final class Disagreements {

    /** [start, end) of a document where, of the scope's coders, only {@code coders} coded the code. */
    public record Stretch(Document document, int start, int end, long codeId, List<String> coders) {
    }

    private Disagreements() {
    }

    public static List<Stretch> of(AgreementScope scope) {
        List<Stretch> out = new ArrayList<>();
        List<String> coders = scope.coders();
        for (Document d : scope.documents()) {
            for (long code : scope.codes()) {
                List<Spans> each = coders.stream().map(c -> scope.spans(code, c, d.id())).toList();
                TreeSet<Integer> edges = new TreeSet<>();
                each.forEach(s -> {
                    for (int e : s.edges()) {
                        edges.add(e);
                    }
                });
                Integer[] at = edges.toArray(Integer[]::new);
                Stretch open = null;
                for (int k = 0; k + 1 < at.length; k++) {
                    int from = at[k];
                    List<String> who = new ArrayList<>();
                    for (int c = 0; c < coders.size(); c++) {
                        if (each.get(c).covers(from)) {
                            who.add(coders.get(c));
                        }
                    }
                    boolean differ = !who.isEmpty() && who.size() < coders.size();
                    if (open != null && (!differ || !open.coders().equals(who) || open.end() != from)) {
                        out.add(open);
                        open = null;
                    }
                    if (differ) {
                        open = open == null ? new Stretch(d, from, at[k + 1], code, who)
                                : new Stretch(d, open.start(), at[k + 1], code, who);
                    }
                }
                if (open != null) {
                    out.add(open);
                }
            }
        }
        return out;
    }
}
