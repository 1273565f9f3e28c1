package tessera.exchange.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tessera.core.model.Coding;
import tessera.core.model.Document;
import tessera.exchange.scope.ExportScope;

/** Codes by documents: codes as rows in codebook order, documents as columns. */
public final class CodeDocumentMatrix {

    private CodeDocumentMatrix() {
    }

    public static Matrix of(ExportScope scope, MatrixValue value, boolean aggregateParents) {
        CodeGrouping grouping = new CodeGrouping(scope, aggregateParents);
        List<Document> docs = scope.documents();
        Map<Long, Integer> column = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            column.put(docs.get(i).id(), i);
        }
        long[][] cells = new long[grouping.rows.size()][docs.size()];
        for (int r = 0; r < grouping.rows.size(); r++) {
            Map<Integer, List<Coding>> byDoc = new HashMap<>();
            for (Coding c : grouping.codings.get(r)) {
                byDoc.computeIfAbsent(column.get(c.documentId()), k -> new ArrayList<>()).add(c);
            }
            for (var e : byDoc.entrySet()) {
                cells[r][e.getKey()] = value.of(e.getValue());
            }
        }
        return new Matrix("Codes by documents", value.label(), grouping.rows,
                docs.stream().map(Document::name).toList(), cells);
    }
}
