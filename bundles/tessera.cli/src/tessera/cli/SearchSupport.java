package tessera.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tessera.core.store.ProjectStore;
import tessera.index.Hit;
import tessera.index.ProjectIndex;
import tessera.index.SearchOptions;
import tessera.index.SearchResult;
import tessera.index.query.QuerySyntaxException;

/** What the search commands share: opening the index with progress, running a query, the hits' JSON. */
final class SearchSupport {

    private SearchSupport() {
    }

    static ProjectIndex open(ProjectStore store, CliContext ctx) throws Exception {
        ProjectIndex index = CliJob.run("Opening the search index", ctx,
                monitor -> ProjectIndex.open(store, new ConsoleProgress(ctx, monitor)));
        if (index == null) {
            throw new CliFailure("cancelled while the search index was being built");
        }
        return index;
    }

    static SearchResult search(ProjectIndex index, String query, Args args) {
        SearchOptions.Unit unit = switch (args.option("unit") == null ? "document" : args.option("unit")) {
            case "document" -> SearchOptions.Unit.DOCUMENT;
            case "paragraph" -> SearchOptions.Unit.PARAGRAPH;
            default -> throw new CliFailure("--unit is document or paragraph, not '" + args.option("unit") + "'");
        };
        int limit = args.intOption("limit", 0, 1000);
        try {
            return index.search(query, new SearchOptions(unit, limit));
        } catch (QuerySyntaxException e) {
            throw new CliFailure("malformed query: " + e.getMessage() + "\n" + e.pointer());
        }
    }

    static JsonObject json(ProjectStore store, SearchResult r) {
        JsonObject o = new JsonObject();
        o.addProperty("query", r.query());
        o.addProperty("unit", r.unit());
        o.addProperty("total", r.total());
        o.addProperty("units", r.units());
        o.addProperty("indexSeq", r.seq());
        o.addProperty("millis", Math.round(r.millis() * 10) / 10.0);
        Map<Hit, List<String>> codes = tessera.index.HitCodes.at(store, r.hits());
        Map<Long, String> names = new HashMap<>();
        JsonArray hits = new JsonArray();
        for (Hit h : r.hits()) {
            JsonObject j = new JsonObject();
            j.addProperty("document", names.computeIfAbsent(h.documentId(),
                    d -> store.document(d).map(x -> x.name()).orElse("?")));
            j.addProperty("documentId", h.documentId());
            j.addProperty("start", h.start());
            j.addProperty("end", h.end());
            j.addProperty("text", h.text());
            j.addProperty("left", h.left());
            j.addProperty("right", h.right());
            JsonArray c = new JsonArray();
            codes.get(h).forEach(c::add);
            j.add("codes", c);
            if (h.codingId() != null) {
                j.addProperty("codingId", h.codingId());
            }
            hits.add(j);
        }
        o.add("hits", hits);
        return o;
    }
}
