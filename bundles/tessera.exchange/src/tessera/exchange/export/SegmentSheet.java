package tessera.exchange.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import tessera.core.model.Code;
import tessera.core.model.Coding;
import tessera.core.model.CodingReview;
import tessera.core.model.Document;
import tessera.core.model.MemoTarget;
import tessera.core.text.CodePointIndex;
import tessera.exchange.scope.ExportScope;
import tessera.exchange.sheet.Cell;
import tessera.exchange.sheet.Column;
import tessera.exchange.sheet.WorkbookWriter;

/**
 * The coded-segment review sheet: one row per coding with its document, the document's attributes, code, coder,
 * position, text and a little context, memos, and the reviewer's Decision (a drop-down) and Comment, filled in
 * with earlier decisions. The Coding ID column is the coding's GUID, which import-review matches on.
 */
public final class SegmentSheet {

    public static final String ID = "Coding ID";
    public static final String DECISION = "Decision";
    public static final String COMMENT = "Comment";
    public static final List<String> DECISIONS = List.of("Accept", "Revise", "Reject", "Discuss");
    static final int CONTEXT = 40;

    private SegmentSheet() {
    }

    static void write(WorkbookWriter out, String sheet, ExportScope scope, IProgressMonitor monitor) throws IOException {
        List<String> attributes = scope.attributeNames();
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of(ID, 38));
        columns.add(Column.of("Document", 28));
        attributes.forEach(a -> columns.add(Column.of(a, 14)));
        columns.addAll(List.of(Column.of("Code", 30), Column.of("Coder", 14), Column.of("Start", 8), Column.of("End", 8),
                Column.of("Text", 60), Column.of("Before", 28), Column.of("After", 28), Column.of("Memo", 36),
                new Column(DECISION, 12, DECISIONS), Column.of(COMMENT, 36)));
        out.startSheet(sheet, columns);
        Map<Long, Document> docs = new HashMap<>();
        scope.documents().forEach(d -> docs.put(d.id(), d));
        Map<Long, String> memos = new HashMap<>();
        for (var m : scope.project().allMemos()) {
            if (m.target().kind() == MemoTarget.Kind.CODING) {
                memos.merge(m.target().id(), m.text(), (a, b) -> a + "\n\n" + b);
            }
        }
        Map<Long, CodingReview> reviews = new HashMap<>();
        scope.project().reviews().forEach(r -> reviews.put(r.codingId(), r));
        Map<Long, Cell> codeCells = new HashMap<>();
        long currentDoc = -1;
        String text = "";
        CodePointIndex index = null;
        for (Coding c : scope.codings()) {
            MatrixSheet.check(monitor);
            if (c.documentId() != currentDoc) {
                currentDoc = c.documentId();
                text = scope.project().text(currentDoc);
                index = CodePointIndex.of(text);
            }
            Document doc = docs.get(c.documentId());
            List<Cell> row = new ArrayList<>(columns.size());
            row.add(Cell.text(c.guid()));
            row.add(Cell.text(doc.name()));
            Map<String, String> values = scope.attributes(doc.id());
            attributes.forEach(a -> row.add(Cell.text(values.getOrDefault(a, ""))));
            row.add(codeCells.computeIfAbsent(c.codeId(), id -> {
                Code code = scope.codebook().get(id).orElseThrow();
                return Cell.text(scope.codebook().path(id)).withFill(Tints.light(code.colour()));
            }));
            row.add(Cell.text(scope.coderName(c.coderId())));
            row.add(Cell.number(c.start()));
            row.add(Cell.number(c.end()));
            row.add(Cell.wrapped(CodePointIndex.slice(text, index, c.start(), c.end())));
            int before = Math.max(0, c.start() - CONTEXT);
            int after = Math.min(index.codePointLength(), c.end() + CONTEXT);
            row.add(Cell.wrapped((before > 0 ? "…" : "") + CodePointIndex.slice(text, index, before, c.start())));
            row.add(Cell.wrapped(CodePointIndex.slice(text, index, c.end(), after)
                    + (after < index.codePointLength() ? "…" : "")));
            row.add(Cell.wrapped(memos.getOrDefault(c.id(), "")));
            CodingReview review = reviews.get(c.id());
            row.add(Cell.text(review == null ? "" : review.decision()));
            row.add(Cell.wrapped(review == null ? "" : review.comment()));
            out.row(row, 0);
        }
    }
}
