package tessera.cli;

import java.util.Locale;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tessera.core.model.Code;
import tessera.core.store.ProjectStore;
import tessera.index.AutoCoder;
import tessera.index.ProjectIndex;
import tessera.index.SearchResult;

/** {@code autocode P QUERY --code PATH [--scope hit|sentence|paragraph] [--dry-run]}: code every hit, one undo step. */
final class AutoCodeCommand implements Command {

    @Override
    public String name() {
        return "autocode";
    }

    @Override
    public String usage() {
        return "autocode PROJECT.tessera QUERY --code PATH [--scope hit|sentence|paragraph] [--unit document|paragraph] [--dry-run]";
    }

    @Override
    public String summary() {
        return "code every hit of a query (or its sentence or paragraph) with a code, as one undoable step";
    }

    @Override
    public Set<String> options() {
        return Set.of("code", "scope", "unit");
    }

    @Override
    public Set<String> flags() {
        return Set.of("dry-run");
    }

    @Override
    public int run(Args args, CliContext ctx) throws Exception {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        String query = args.positional(1, "query");
        args.atMost(2);
        if (args.option("code") == null) {
            throw new UsageException("autocode needs --code PATH", usage());
        }
        Code code = CliContext.code(store, args.option("code"));
        AutoCoder.Scope scope;
        try {
            scope = AutoCoder.Scope.valueOf((args.option("scope") == null ? "hit" : args.option("scope"))
                    .toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--scope is hit, sentence or paragraph", usage());
        }
        try (ProjectIndex index = SearchSupport.open(store, ctx)) {
            SearchResult r = index.search(query, new tessera.index.SearchOptions(
                    "paragraph".equals(args.option("unit")) ? tessera.index.SearchOptions.Unit.PARAGRAPH
                            : tessera.index.SearchOptions.Unit.DOCUMENT, Integer.MAX_VALUE));
            AutoCoder.Plan plan = AutoCoder.plan(store, r.hits(), scope, code.id(), store.coderName());
            String path = store.codebook().path(code.id());
            if (!args.flag("dry-run") && !plan.passages().isEmpty()) {
                store.apply(plan.operation(code.id(), path));
            }
            JsonObject o = new JsonObject();
            o.addProperty("query", query);
            o.addProperty("code", path);
            o.addProperty("scope", scope.name().toLowerCase(Locale.ROOT));
            o.addProperty("hits", r.total());
            o.addProperty(args.flag("dry-run") ? "wouldCode" : "coded", plan.passages().size());
            o.addProperty("alreadyCoded", plan.alreadyCoded());
            JsonArray passages = new JsonArray();
            for (AutoCoder.Range p : plan.passages()) {
                JsonObject j = new JsonObject();
                j.addProperty("documentId", p.documentId());
                j.addProperty("start", p.start());
                j.addProperty("end", p.end());
                passages.add(j);
            }
            o.add("passages", passages);
            ctx.print(o, () -> ctx.out.println((args.flag("dry-run") ? "would code " : "coded ") + plan.passages().size()
                    + " passages of " + r.total() + " hits with " + path + " (" + plan.alreadyCoded()
                    + " already coded)" + (args.flag("dry-run") ? "" : "; tessera undo takes them back")));
        } catch (tessera.index.query.QuerySyntaxException e) {
            throw new CliFailure("malformed query: " + e.getMessage() + "\n" + e.pointer());
        }
        return 0;
    }
}
