package tessera.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import tessera.analysis.agreement.AgreementScope;
import tessera.analysis.agreement.CharacterAgreement;
import tessera.analysis.agreement.CohenKappa;
import tessera.analysis.agreement.Disagreements;
import tessera.analysis.agreement.DocumentAgreement;
import tessera.analysis.agreement.PairCounts;
import tessera.analysis.agreement.UnitizedAlpha;
import tessera.core.model.Document;
import tessera.core.store.ProjectStore;

/**
 * {@code agreement P}: intercoder agreement per code and coder pair, character by character (percentage and Cohen's
 * kappa); {@code --unit document} for the values of parent codes, documents as units (Krippendorff's nominal
 * alpha, Cohen's kappa per pair); {@code --disagreements} lists every stretch where the coders differ.
 */
final class AgreementCommand implements Command {

    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public String usage() {
        return "agreement PROJECT.tessera [--coders NAME,...] [--codes PATH,...] [--docs DOC,...] [--where NAME=VALUE,...]"
                + " [--by-document | --disagreements | --unit document]";
    }

    @Override
    public String summary() {
        return "intercoder agreement: per code and coder pair by character, or by document for a code's values";
    }

    @Override
    public Set<String> options() {
        return Set.of("coders", "codes", "docs", "where", "unit");
    }

    @Override
    public Set<String> flags() {
        return Set.of("by-document", "disagreements");
    }

    @Override
    public int run(Args args, CliContext ctx) {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        args.atMost(1);
        String unit = args.option("unit") == null ? "character" : args.option("unit");
        if (!unit.equals("character") && !unit.equals("document")) {
            throw new UsageException("--unit is character or document, not '" + unit + "'", usage());
        }
        if (unit.equals("document")) {
            args.onlyFor("--unit document", "coders", "codes", "docs", "where", "unit");
        } else if (args.flag("disagreements")) {
            args.onlyFor("--disagreements", "coders", "codes", "docs", "where", "disagreements");
        }
        ScopeOptions.Agreement scope = ScopeOptions.agreement(store, args);
        List<Long> codes = scope.codes();
        if (unit.equals("document")) {
            if (codes == null) {
                throw new UsageException("--unit document needs --codes PARENT: a code whose subcodes are the values",
                        usage());
            }
            return byDocument(store, codes, scope.documents(), scope.coders(), ctx);
        }
        AgreementScope read = scope.read(store);
        if (args.flag("disagreements")) {
            return disagreements(store, read, ctx);
        }
        return byCharacter(store, read, args.flag("by-document"), ctx);
    }

    private int byCharacter(ProjectStore store, AgreementScope scope, boolean byDocument, CliContext ctx) {
        JsonObject o = new JsonObject();
        o.add("coders", strings(scope.coders()));
        o.addProperty("documents", scope.documents().size());
        o.addProperty("characters", scope.characters());
        UnitizedAlpha.Result unitized = UnitizedAlpha.of(scope);
        JsonObject alpha = new JsonObject();
        alpha.add("u", number(unitized.u()));
        alpha.add("binary", number(unitized.binary()));
        alpha.add("cu", number(unitized.cu()));
        o.add("alpha", alpha);
        JsonArray codes = new JsonArray();
        List<String> lines = new ArrayList<>();
        for (CharacterAgreement.CodeAgreement c : CharacterAgreement.of(scope, byDocument)) {
            String path = store.codebook().path(c.codeId());
            Double binary = UnitizedAlpha.binary(scope, c.codeId());
            JsonObject code = new JsonObject();
            code.addProperty("code", path);
            code.add("alphaBinary", number(binary));
            JsonArray pairs = new JsonArray();
            for (CharacterAgreement.Pair p : c.pairs()) {
                JsonObject pair = counts(p.counts());
                pair.addProperty("first", p.first());
                pair.addProperty("second", p.second());
                if (byDocument) {
                    JsonArray rows = new JsonArray();
                    p.byDocument().forEach(r -> {
                        JsonObject row = counts(r.counts());
                        row.addProperty("document", r.document().name());
                        rows.add(row);
                    });
                    pair.add("documents", rows);
                }
                pairs.add(pair);
                lines.add(String.format("%-40s %-12s %-12s %8s %7s %8s", path, p.first(), p.second(),
                        percent(p.counts().agreement()), figure(p.counts().kappa()), figure(binary)));
            }
            code.add("pairs", pairs);
            codes.add(code);
        }
        o.add("codes", codes);
        o.add("notes", strings(unitized.notes()));
        ctx.print(o, () -> {
            ctx.out.printf("%d coders, %d documents, %d characters%n", scope.coders().size(), scope.documents().size(),
                    scope.characters());
            ctx.out.printf("u-alpha %s, |u-alpha %s, cu-alpha %s%n", figure(unitized.u()), figure(unitized.binary()),
                    figure(unitized.cu()));
            ctx.out.printf("%-40s %-12s %-12s %8s %7s %8s%n", "code", "first", "second", "agree", "kappa", "a-binary");
            lines.forEach(ctx.out::println);
            unitized.notes().forEach(n -> ctx.out.println("note: " + n));
        });
        return 0;
    }

    private int byDocument(ProjectStore store, List<Long> parents, List<Document> documents, List<String> coders,
            CliContext ctx) {
        List<String> who = coders != null ? coders : store.coderNames().values().stream().sorted().toList();
        JsonObject o = new JsonObject();
        o.add("coders", strings(who));
        o.addProperty("documents", documents.size());
        JsonArray groups = new JsonArray();
        JsonArray notes = new JsonArray();
        List<String> lines = new ArrayList<>();
        for (long parent : parents) {
            DocumentAgreement.Group g = DocumentAgreement.of(store, parent, documents, who);
            String path = store.codebook().path(parent);
            JsonObject group = new JsonObject();
            group.addProperty("code", path);
            group.add("alpha", number(g.alpha()));
            JsonArray pairs = new JsonArray();
            for (DocumentAgreement.Pair p : g.pairs()) {
                CohenKappa.Result r = p.result();
                JsonObject pair = new JsonObject();
                pair.addProperty("first", p.first());
                pair.addProperty("second", p.second());
                pair.addProperty("units", r.units());
                pair.add("agreement", number(r.agreement()));
                pair.add("kappa", number(r.kappa()));
                pairs.add(pair);
                lines.add(String.format("%-30s %-12s %-12s %8s %7s", path, p.first(), p.second(),
                        percent(r.agreement()), figure(r.kappa())));
            }
            group.add("pairs", pairs);
            groups.add(group);
            g.notes().forEach(notes::add);
            lines.add(0, String.format("%-30s alpha %s", path, figure(g.alpha())));
        }
        o.add("groups", groups);
        o.add("notes", notes);
        ctx.print(o, () -> {
            lines.forEach(ctx.out::println);
            notes.forEach(n -> ctx.out.println("note: " + n.getAsString()));
        });
        return 0;
    }

    private int disagreements(ProjectStore store, AgreementScope scope, CliContext ctx) {
        JsonArray out = new JsonArray();
        List<Disagreements.Stretch> stretches = Disagreements.of(scope);
        for (Disagreements.Stretch s : stretches) {
            JsonObject o = new JsonObject();
            o.addProperty("document", s.document().name());
            o.addProperty("start", s.start());
            o.addProperty("end", s.end());
            o.addProperty("code", store.codebook().path(s.codeId()));
            o.add("coders", strings(s.coders()));
            out.add(o);
        }
        ctx.print(out, () -> stretches.forEach(s -> ctx.out.printf("%s [%d, %d) %s: %s%n", s.document().name(),
                s.start(), s.end(), store.codebook().path(s.codeId()), String.join(", ", s.coders()))));
        return 0;
    }

    private static JsonObject counts(PairCounts c) {
        JsonObject o = new JsonObject();
        o.addProperty("both", c.both());
        o.addProperty("firstOnly", c.firstOnly());
        o.addProperty("secondOnly", c.secondOnly());
        o.addProperty("neither", c.neither());
        o.add("agreement", number(c.agreement()));
        o.add("kappa", number(c.kappa()));
        return o;
    }

    /** A figure, or JSON null where it is undefined (0/0): never 0 or NaN. */
    private static JsonElement number(Double v) {
        return v == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(v);
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static String figure(Double v) {
        return v == null ? "n/a" : String.format("%.3f", v);
    }

    private static String percent(Double v) {
        return v == null ? "n/a" : String.format("%.1f%%", v);
    }
}
