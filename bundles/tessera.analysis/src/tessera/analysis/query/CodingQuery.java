package tessera.analysis.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tessera.core.model.Code;
import tessera.core.model.CodingRange;
import tessera.core.model.Document;
import tessera.core.text.CodePointIndex;

/**
 * A coding query run on a project: {@code code:Drivers/National AND code:Constraints},
 * {@code code:Drivers/Local NEAR/1p "sister city"}. See {@link CodingQueryParser} for the syntax.
 */
public final class CodingQuery {

    private CodingQuery() {
    }

    /** Where the query's results lie. */
    public static Segments ranges(QueryData data, String query) {
        return new QueryEvaluator(data, query).evaluate(CodingQueryParser.parse(query));
    }

    /** The query's results with their text and codes, by document then position. */
    public static List<QuerySegment> run(QueryData data, String query) {
        return describe(data, ranges(data, query));
    }

    /** Segments with their text and the codes (any coder's) whose codings overlap them. */
    public static List<QuerySegment> describe(QueryData data, Segments segments) {
        Map<Long, Document> docs = new HashMap<>();
        data.documents.forEach(d -> docs.put(d.id(), d));
        Map<Long, List<CodingRange>> codings = byDocument(data, segments);
        Map<Long, Integer> order = new HashMap<>();
        for (Code c : data.codebook.inOrder()) {
            order.put(c.id(), order.size());
        }
        List<QuerySegment> out = new ArrayList<>();
        for (long doc : segments.documents()) {
            String text = data.text(doc);
            CodePointIndex index = CodePointIndex.of(text);
            for (Range r : segments.in(doc)) {
                java.util.TreeSet<Long> ids = new java.util.TreeSet<>(java.util.Comparator.comparing(order::get));
                for (CodingRange x : codings.getOrDefault(doc, List.of())) {
                    if (x.start() < r.end() && r.start() < x.end()) {
                        ids.add(x.codeId());
                    }
                }
                List<String> codes = ids.stream().map(data.codebook::path).toList();
                out.add(new QuerySegment(doc, docs.get(doc).name(), r.start(), r.end(),
                        CodePointIndex.slice(text, index, r.start(), r.end()), codes));
            }
        }
        return out;
    }

    private static Map<Long, List<CodingRange>> byDocument(QueryData data, Segments segments) {
        Map<Long, List<CodingRange>> out = new HashMap<>();
        for (List<CodingRange> list : data.byCode.values()) {
            for (CodingRange r : list) {
                if (segments.documents().contains(r.documentId())) {
                    out.computeIfAbsent(r.documentId(), k -> new ArrayList<>()).add(r);
                }
            }
        }
        return out;
    }
}
