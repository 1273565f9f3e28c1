package tessera.cli;

import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tessera.analysis.agreement.AgreementScope;
import tessera.analysis.agreement.Consensus;
import tessera.core.model.Code;
import tessera.core.model.Document;
import tessera.core.ops.Batch;
import tessera.core.store.Operation;
import tessera.core.store.ProjectStore;

/**
 * {@code consensus P --doc DOC --code PATH --start S --end E (--adopt CODER | --union | --intersection)}: resolves a
 * disagreement as codings of a consensus coder ({@code --as}, "Consensus" unless named), one undoable step.
 */
final class ConsensusCommand implements Command {

    @Override
    public String name() {
        return "consensus";
    }

    @Override
    public String usage() {
        return "consensus PROJECT.tessera --doc DOC --code PATH --start N --end N (--adopt CODER | --union | --intersection)"
                + " [--as NAME] [--coders NAME,...]";
    }

    @Override
    public String summary() {
        return "resolve a disagreement: adopt one coder's coding, the union or the intersection as a consensus coding";
    }

    @Override
    public Set<String> options() {
        return Set.of("doc", "code", "start", "end", "adopt", "as", "coders");
    }

    @Override
    public Set<String> flags() {
        return Set.of("union", "intersection");
    }

    @Override
    public int run(Args args, CliContext ctx) {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        args.atMost(1);
        int modes = (args.option("adopt") != null ? 1 : 0) + (args.flag("union") ? 1 : 0)
                + (args.flag("intersection") ? 1 : 0);
        if (modes != 1) {
            throw new UsageException("give one of --adopt CODER, --union, --intersection", usage());
        }
        Consensus.Mode mode = args.option("adopt") != null ? Consensus.Mode.ADOPT
                : args.flag("union") ? Consensus.Mode.UNION : Consensus.Mode.INTERSECTION;
        Document doc = CliContext.document(store, args.required("doc"));
        Code code = CliContext.code(store, args.required("code"));
        int start = args.intOption("start", 0, -1);
        int end = args.intOption("end", 0, -1);
        if (start < 0 || end <= start) {
            throw new UsageException("--start and --end give the stretch, start < end", usage());
        }
        List<String> coders = args.option("coders") == null ? null : ScopeOptions.list(args.option("coders"));
        String as = args.option("as") == null ? "Consensus" : args.option("as").strip();
        if (coders == null) { // everyone who coded it, but the consensus coder itself
            coders = AgreementScope.of(store, Set.of(doc.id()), List.of(code.id()), null).coders().stream()
                    .filter(c -> !c.equals(as)).toList();
        }
        AgreementScope scope = AgreementScope.of(store, Set.of(doc.id()), List.of(code.id()), coders);
        if (mode == Consensus.Mode.ADOPT && !scope.coders().contains(args.option("adopt"))) {
            throw new CliFailure("'" + args.option("adopt") + "' coded nothing with '" + args.required("code")
                    + "' in '" + doc.name() + "'");
        }
        List<int[]> ranges = Consensus.ranges(scope, doc.id(), code.id(), start, end, mode, args.option("adopt"));
        Operation op = Consensus.operation(store, doc.id(), code.id(), ranges, as);
        store.apply(op);
        JsonObject o = new JsonObject();
        o.addProperty("coder", as);
        o.addProperty("mode", mode.name().toLowerCase(java.util.Locale.ROOT));
        JsonArray added = new JsonArray();
        for (var c : ((Batch) op).operations()) {
            var coding = (tessera.core.ops.AddCoding) c;
            JsonObject r = new JsonObject();
            r.addProperty("start", coding.start());
            r.addProperty("end", coding.end());
            added.add(r);
        }
        o.add("added", added);
        ctx.print(o, () -> ctx.out.println(as + ": " + added.size() + " codings added " + added));
        return 0;
    }
}
