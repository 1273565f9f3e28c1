package tessera.ui.views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import tessera.core.model.Coding;
import tessera.core.model.Document;
import tessera.core.store.Applied;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectStore;
import tessera.core.store.CodingTally;
import tessera.core.text.CodePointIndex;
import tessera.exchange.matrix.CodeDocumentMatrix;
import tessera.exchange.matrix.Matrix;
import tessera.exchange.matrix.MatrixValue;
import tessera.exchange.scope.ExportFilter;
import tessera.exchange.scope.ExportScope;
import tessera.ui.internal.Messages;

/**
 * The code x document matrix as a heat map: the stronger the colour, the higher the value. Clicking a cell lists
 * the coded segments behind it; double-clicking a segment opens its document. A change of codings recomputes only
 * the cells it touches.
 */
public final class MatrixView extends ProjectView {

    public static final String ID = "tessera.ui.views.matrix";

    private SashForm sash;
    private Combo value;
    private MatrixGrid grid;
    private Label caption;
    private Table segments;
    private Matrix matrix;
    private List<Document> documents = List.of();
    private final Map<Long, Integer> rowOfCode = new HashMap<>();
    private final Map<Long, Integer> columnOfDocument = new HashMap<>();

    @Override
    public void createPartControl(Composite parent) {
        sash = new SashForm(parent, SWT.VERTICAL);
        Composite top = new Composite(sash, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        new Label(top, SWT.NONE).setText(Messages.Matrix_value);
        value = new Combo(top, SWT.READ_ONLY);
        for (MatrixValue v : MatrixValue.values()) {
            value.add(v.label());
        }
        value.select(0);
        value.addListener(SWT.Selection, e -> refresh(session.store().orElse(null)));
        grid = new MatrixGrid(top);
        grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        grid.onClick(this::showSegments);
        Composite bottom = new Composite(sash, SWT.NONE);
        bottom.setLayout(new GridLayout(1, false));
        caption = new Label(bottom, SWT.NONE);
        caption.setText(Messages.Matrix_clickHint);
        caption.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        segments = new Table(bottom, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        segments.setHeaderVisible(true);
        segments.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String title : List.of(Messages.Segment_document, Messages.Segment_coder, Messages.Segment_text)) {
            TableColumn c = new TableColumn(segments, SWT.NONE);
            c.setText(title);
            c.setWidth(title.equals(Messages.Segment_text) ? 520 : 140);
        }
        segments.addListener(SWT.DefaultSelection, e -> openSegment());
        sash.setWeights(4, 1);
        startListening();
    }

    @Override
    protected Control control() {
        return sash;
    }

    @Override
    protected void refresh(ProjectStore store) {
        segments.removeAll();
        rowOfCode.clear();
        columnOfDocument.clear();
        if (store == null) {
            matrix = null;
            documents = List.of();
            grid.show(null, Messages.Matrix_total);
            return;
        }
        if (TallyMatrix.serves(selectedValue())) {
            documents = store.documents();
            matrix = TallyMatrix.of(store.codebook(), documents, session.tally(), selectedValue());
        } else {
            ExportScope scope = ExportScope.of(store, ExportFilter.ALL);
            documents = scope.documents();
            matrix = CodeDocumentMatrix.of(scope, selectedValue(), false);
        }
        for (int r = 0; r < matrix.rows().size(); r++) {
            rowOfCode.put(matrix.rows().get(r).codeId(), r);
        }
        for (int c = 0; c < documents.size(); c++) {
            columnOfDocument.put(documents.get(c).id(), c);
        }
        grid.show(matrix, Messages.Matrix_total);
    }

    private MatrixValue selectedValue() {
        return MatrixValue.values()[value.getSelectionIndex()];
    }

    /** A change of codings alone: each cell it touches is computed again from that document's codings of that code. */
    @Override
    protected boolean follow(Applied applied) {
        ProjectStore store = session.store().orElse(null);
        if (matrix == null || store == null || !onlyCodings(applied)) {
            return false;
        }
        for (CodingTally.Cell cell : CodingTally.moved(applied).cells()) {
            Integer r = rowOfCode.get(cell.code());
            Integer col = columnOfDocument.get(cell.document());
            if (r == null || col == null) {
                return false; // a code or document the matrix does not show yet
            }
            grid.setCell(r, col, selectedValue().of(codingsOf(store, cell.code(), cell.document())));
        }
        return true;
    }

    private static List<Coding> codingsOf(ProjectStore store, long codeId, long documentId) {
        return store.codings(CodingFilter.document(documentId)).stream().filter(c -> c.codeId() == codeId).toList();
    }

    /** Lists the codings of the matrix row's code in the column's document. */
    public void showSegments(int row, int column) {
        ProjectStore store = session.store().orElse(null);
        segments.removeAll();
        if (store == null || matrix == null) {
            return;
        }
        Matrix.Row code = matrix.rows().get(row);
        Document doc = documents.get(column);
        String text = store.text(doc.id());
        CodePointIndex index = CodePointIndex.of(text);
        Map<Long, String> coders = store.coderNames();
        List<Coding> found = codingsOf(store, code.codeId(), doc.id());
        for (Coding c : found) {
            TableItem item = new TableItem(segments, SWT.NONE);
            item.setText(new String[] {doc.name(), coders.getOrDefault(c.coderId(), ""),
                CodePointIndex.slice(text, index, c.start(), c.end()).replace('\n', ' ')});
            item.setData(doc);
        }
        caption.setText(NLS.bind(Messages.Matrix_segments, new Object[] {code.path(), doc.name(), found.size()}));
        caption.getParent().layout();
    }

    private void openSegment() {
        int i = segments.getSelectionIndex();
        if (i >= 0) {
            DocumentsView.open(getSite().getPage(), (Document) segments.getItem(i).getData());
        }
    }

    /** For tests: the column of the marked cell, or -1. */
    public int markedColumn() {
        return grid.markedColumn();
    }

    /** For tests: a click on a value cell. */
    public void click(int row, int column) {
        grid.click(row, column);
    }

    /** For tests: the heat map. */
    MatrixGrid grid() {
        return grid;
    }

    public Table segments() {
        return segments;
    }

    /** For tests. */
    public Matrix matrix() {
        return matrix;
    }
}
