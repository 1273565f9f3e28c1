package tessera.charts;

import java.util.Set;

import tessera.exchange.matrix.MatrixValue;

/**
 * What to chart: the codes (each with its subcodes; null: every code) and documents (null: all) it covers, the
 * attribute for codes by attribute, the document of a portrait, and how bars count (codings or characters),
 * stacked or grouped, per document or in total.
 */
public record ChartRequest(ChartKind kind, Set<Long> codeIds, Set<Long> documentIds, String attribute,
        Long documentId, MatrixValue value, boolean stacked, boolean perDocument) {

    public static ChartRequest of(ChartKind kind) {
        return new ChartRequest(kind, null, null, null, null, MatrixValue.COUNT, false, false);
    }

    public ChartRequest withCodes(Set<Long> ids) {
        return new ChartRequest(kind, ids, documentIds, attribute, documentId, value, stacked, perDocument);
    }

    public ChartRequest withDocuments(Set<Long> ids) {
        return new ChartRequest(kind, codeIds, ids, attribute, documentId, value, stacked, perDocument);
    }

    public ChartRequest withAttribute(String name) {
        return new ChartRequest(kind, codeIds, documentIds, name, documentId, value, stacked, perDocument);
    }

    public ChartRequest withDocument(Long id) {
        return new ChartRequest(kind, codeIds, documentIds, attribute, id, value, stacked, perDocument);
    }

    public ChartRequest withBars(MatrixValue v, boolean stack, boolean perDoc) {
        return new ChartRequest(kind, codeIds, documentIds, attribute, documentId, v, stack, perDoc);
    }
}
