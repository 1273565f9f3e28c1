package tessera.cli;

import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tessera.analysis.query.CodingQuery;
import tessera.analysis.query.QueryActions;
import tessera.analysis.query.QueryData;
import tessera.analysis.query.QuerySegment;
import tessera.core.store.ProjectStore;
import tessera.index.query.QuerySyntaxException;

/**
 * {@code query P EXPR}: a coding query's segments; {@code --code-as PATH} codes them, {@code --set NAME} saves
 * their documents as a set, each in one step of undo.
 */
final class QueryCommand implements Command {

    @Override
    public String name() {
        return "query";
    }

    @Override
    public String usage() {
        return "query PROJECT.tessera EXPR [--code-as PATH] [--set NAME]   EXPR: code:PATH (code!:PATH without"
                + " subcodes) [coder:NAME] [doc:NAME] [attr:NAME=VALUE] [set:NAME], \"phrases\", ( ), AND OR NOT"
                + " OVERLAPS INSIDE OUTSIDE NEAR/N NEAR/Np FOLLOWED BY/N";
    }

    @Override
    public String summary() {
        return "coding query: where codes overlap, nest, come near or follow each other; code the results or save a set";
    }

    @Override
    public Set<String> options() {
        return Set.of("code-as", "set");
    }

    @Override
    public int run(Args args, CliContext ctx) throws Exception {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        String query = args.positional(1, "query");
        args.atMost(2);
        List<QuerySegment> results;
        try {
            results = CodingQuery.run(new QueryData(store), query);
        } catch (QuerySyntaxException e) {
            throw new UsageException("malformed query: " + e.getMessage() + "\n" + e.pointer(), usage());
        }
        if (args.option("code-as") != null) {
            store.apply(QueryActions.codeAs(args.option("code-as"), results));
        }
        if (args.option("set") != null) {
            store.apply(QueryActions.saveSet(args.option("set"), query, results));
        }
        JsonArray out = new JsonArray();
        for (QuerySegment s : results) {
            JsonObject o = new JsonObject();
            o.addProperty("document", s.document());
            o.addProperty("documentId", s.documentId());
            o.addProperty("start", s.start());
            o.addProperty("end", s.end());
            o.addProperty("text", s.text());
            JsonArray codes = new JsonArray();
            s.codes().forEach(codes::add);
            o.add("codes", codes);
            out.add(o);
        }
        ctx.print(out, () -> {
            ctx.out.println(results.size() + " segment" + (results.size() == 1 ? "" : "s") + " in "
                    + results.stream().map(QuerySegment::documentId).distinct().count() + " documents");
            for (QuerySegment s : results) {
                ctx.out.println(s.document() + "\t[" + s.start() + ", " + s.end() + ")\t"
                        + s.text().replace('\n', ' ').replace('\t', ' ') + "\t" + String.join(", ", s.codes()));
            }
            if (args.option("code-as") != null) {
                ctx.out.println("coded " + results.size() + " segments with " + args.option("code-as"));
            }
            if (args.option("set") != null) {
                ctx.out.println("saved their documents as set " + args.option("set"));
            }
        });
        return 0;
    }
}
