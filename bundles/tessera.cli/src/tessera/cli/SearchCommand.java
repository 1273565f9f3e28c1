package tessera.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;

import tessera.core.store.ProjectStore;
import tessera.index.Hit;
import tessera.index.ProjectIndex;
import tessera.index.SearchResult;

/**
 * {@code search P QUERY} lists hits with their code-point ranges; {@code kwic P QUERY} shows them as key words in
 * context, with the codes at each hit.
 */
final class SearchCommand implements Command {

    private final boolean kwic;

    SearchCommand(boolean kwic) {
        this.kwic = kwic;
    }

    @Override
    public String name() {
        return kwic ? "kwic" : "search";
    }

    @Override
    public String usage() {
        return name() + " PROJECT.tessera QUERY [--unit document|paragraph] [--limit N]";
    }

    @Override
    public String summary() {
        return kwic ? "hits as key words in context, with the codes at each hit"
                : "search the texts: words, \"phrases\"~N, AND OR NOT NEAR/N, code: doc: attr: coder: word: lang:";
    }

    @Override
    public Set<String> options() {
        return Set.of("unit", "limit");
    }

    @Override
    public int run(Args args, CliContext ctx) throws Exception {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        String query = args.positional(1, "query");
        args.atMost(2);
        try (ProjectIndex index = SearchSupport.open(store, ctx)) {
            SearchResult r = SearchSupport.search(index, query, args);
            ctx.print(SearchSupport.json(store, r), () -> printText(ctx.out, store, r));
        }
        return 0;
    }

    private void printText(java.io.PrintStream out, ProjectStore store, SearchResult r) {
        Map<Hit, List<String>> codes = tessera.index.HitCodes.at(store, r.hits());
        out.println(r.total() + " hits in " + r.units() + " " + r.unit() + (r.units() == 1 ? "" : "s")
                + (r.hits().size() < r.total() ? " (first " + r.hits().size() + " shown)" : ""));
        for (Hit h : r.hits()) {
            String doc = store.document(h.documentId()).map(d -> d.name()).orElse("?");
            if (kwic) {
                out.printf("%-24s %30s [%s] %-30s %s%n", cut(doc, 24), flat(h.left()), flat(h.text()), flat(h.right()),
                        String.join(", ", codes.get(h)));
            } else {
                out.println(doc + "\t[" + h.start() + ", " + h.end() + ")\t" + flat(h.text()));
            }
        }
    }

    private static String flat(String s) {
        return s.replace('\n', ' ').replace('\t', ' ');
    }

    private static String cut(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n - 1)) + "\u2026";
    }
}
