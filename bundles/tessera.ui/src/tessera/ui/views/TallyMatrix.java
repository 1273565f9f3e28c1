package tessera.ui.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.model.Document;
import tessera.core.store.CodingTally;
import tessera.exchange.matrix.Matrix;
import tessera.exchange.matrix.MatrixValue;

/**
 * The code x document matrix of coding counts or presence straight from the session's {@link CodingTally}, the
 * same rows and columns as {@code CodeDocumentMatrix} gives for the whole project, without reading 200,000
 * codings (the characters value still needs them).
 */
final class TallyMatrix {

    private TallyMatrix() {
    }

    static boolean serves(MatrixValue value) {
        return value == MatrixValue.COUNT || value == MatrixValue.PRESENCE;
    }

    static Matrix of(Codebook book, List<Document> documents, CodingTally tally, MatrixValue value) {
        Map<Long, Integer> column = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            column.put(documents.get(i).id(), i);
        }
        List<Code> codes = book.inOrder();
        List<Matrix.Row> rows = new ArrayList<>();
        long[][] cells = new long[codes.size()][documents.size()];
        for (int r = 0; r < codes.size(); r++) {
            Code code = codes.get(r);
            rows.add(new Matrix.Row(code.id(), code.name(), book.path(code.id()), book.depth(code.id()), true));
            long[] row = cells[r];
            tally.forEachDocument(code.id(), (doc, n) -> {
                Integer c = column.get(doc);
                if (c != null) {
                    row[c] = value == MatrixValue.COUNT ? n : 1;
                }
            });
        }
        return new Matrix("Codes by documents", value.label(), rows, documents.stream().map(Document::name).toList(),
                cells);
    }
}
