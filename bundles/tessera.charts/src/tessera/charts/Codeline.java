package tessera.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import tessera.analysis.query.QueryData;
import tessera.charts.internal.ChartMessages;
import tessera.core.model.Code;
import tessera.core.model.CodingRange;
import tessera.core.model.Colour;
import tessera.core.model.Document;

/**
 * One document's codings along its length (MAXQDA's codeline, NVivo's coding stripes as a picture): a row per
 * code in codebook order, a bar per coding, positions in code points of a text {@code length} long.
 */
public record Codeline(long documentId, String document, int length, List<Row> rows) {

    public record Row(long codeId, String path, Colour colour, List<Bar> bars) {
    }

    public record Bar(int start, int end, long coderId) {
    }

    public static Codeline of(QueryData data, long documentId, Set<Long> codeIds) {
        Document doc = data.documents().stream().filter(d -> d.id() == documentId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(NLS.bind(ChartMessages.noDocument, documentId)));
        Map<Long, List<Bar>> bars = new LinkedHashMap<>();
        for (CodingRange r : data.codingRanges()) {
            if (r.documentId() == documentId && (codeIds == null || codeIds.contains(r.codeId()))) {
                bars.computeIfAbsent(r.codeId(), k -> new ArrayList<>()).add(new Bar(r.start(), r.end(), r.coderId()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Code c : data.codebook().inOrder()) {
            List<Bar> b = bars.get(c.id());
            if (b != null) {
                b.sort(java.util.Comparator.comparingInt(Bar::start).thenComparingInt(Bar::end));
                rows.add(new Row(c.id(), data.codebook().path(c.id()), Colour.of(c.colour()), b));
            }
        }
        String text = data.text(documentId);
        return new Codeline(documentId, doc.name(), text.codePointCount(0, text.length()), rows);
    }
}
