package tessera.ui.views;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
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
import tessera.core.store.ProjectStore;
import tessera.core.text.CodePointIndex;
import tessera.exchange.matrix.CodeDocumentMatrix;
import tessera.exchange.matrix.Matrix;
import tessera.exchange.matrix.MatrixValue;
import tessera.exchange.scope.ExportFilter;
import tessera.exchange.scope.ExportScope;
import tessera.ui.internal.Messages;
import tessera.ui.util.Colours;

/**
 * The code x document matrix as a heat map: the stronger the colour, the higher the value. Clicking a cell lists
 * the coded segments behind it; double-clicking a segment opens its document.
 */
public final class MatrixView extends ProjectView {

    public static final String ID = "tessera.ui.views.matrix";
    private static final RGB HOT = new RGB(0x33, 0x66, 0xcc);

    private final Colours.Cache colours = new Colours.Cache();
    private SashForm sash;
    private Combo value;
    private Table table;
    private MatrixCells cells;
    private Label caption;
    private Table segments;
    private Matrix matrix;
    private ExportScope scope;

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
        table = new Table(top, SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        cells = new MatrixCells(table);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        table.addListener(SWT.MouseDown, e -> cellAt(new Point(e.x, e.y)));
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
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn c : table.getColumns()) {
                c.dispose();
            }
            segments.removeAll();
            if (store == null) {
                matrix = null;
                return;
            }
            scope = ExportScope.of(store, ExportFilter.ALL);
            matrix = CodeDocumentMatrix.of(scope, MatrixValue.values()[value.getSelectionIndex()], false);
            cells.clear();
            column(Messages.CodebookView_code, 200, SWT.LEFT);
            java.util.List<String> headers = new java.util.ArrayList<>(matrix.columns());
            headers.add(Messages.Matrix_total);
            int width = MatrixCells.width(table, headers);
            matrix.columns().forEach(name -> column(name, width, SWT.RIGHT));
            column(Messages.Matrix_total, width, SWT.RIGHT);
            long max = 1;
            for (long[] row : matrix.cells()) {
                for (long v : row) {
                    max = Math.max(max, v);
                }
            }
            for (int r = 0; r < matrix.rows().size(); r++) {
                Matrix.Row row = matrix.rows().get(r);
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(0, "  ".repeat(row.depth()) + row.label());
                for (int c = 0; c < matrix.columns().size(); c++) {
                    long v = matrix.cell(r, c);
                    item.setText(c + 1, v == 0 ? "" : Long.toString(v));
                    if (v > 0) {
                        double share = (double) v / max;
                        item.setBackground(c + 1, colours.get(heat(share)));
                        if (share > 0.6) {
                            item.setForeground(c + 1, table.getDisplay().getSystemColor(SWT.COLOR_WHITE));
                        }
                    }
                }
                item.setText(matrix.columns().size() + 1, Long.toString(matrix.rowTotal(r)));
            }
            MatrixCells.totalRow(table, matrix, Messages.Matrix_total);
        } finally {
            table.setRedraw(true);
        }
    }

    private void column(String title, int width, int align) {
        TableColumn c = new TableColumn(table, align);
        c.setToolTipText(title);
        c.setText(title);
        c.setWidth(width);
    }

    private static RGB heat(double share) {
        double s = 0.15 + 0.75 * share;
        return new RGB((int) (255 - (255 - HOT.red) * s), (int) (255 - (255 - HOT.green) * s),
                (int) (255 - (255 - HOT.blue) * s));
    }

    private void cellAt(Point point) {
        TableItem item = table.getItem(point);
        if (item == null || matrix == null) {
            return;
        }
        int row = table.indexOf(item);
        // the value columns of the code rows: not the totals
        for (int c = 1; c < table.getColumnCount() - 1 && row < matrix.rows().size(); c++) {
            if (item.getBounds(c).contains(point)) {
                cells.mark(item, c);
                showSegments(row, c - 1);
            }
        }
    }

    /** Lists the codings of the matrix row's code in the column's document. */
    public void showSegments(int row, int column) {
        segments.removeAll();
        Matrix.Row code = matrix.rows().get(row);
        Document doc = scope.documents().get(column);
        String text = scope.project().text(doc.id());
        CodePointIndex index = CodePointIndex.of(text);
        List<Coding> found = scope.codings().stream()
                .filter(c -> c.codeId() == code.codeId() && c.documentId() == doc.id()).toList();
        for (Coding c : found) {
            TableItem item = new TableItem(segments, SWT.NONE);
            item.setText(new String[] {doc.name(), scope.coderName(c.coderId()),
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
        return cells.markedColumn();
    }

    /** For tests: a click on a cell. */
    public void click(int row, int column) {
        TableItem item = table.getItem(row);
        var b = item.getBounds(column + 1);
        cellAt(new Point(b.x + b.width / 2, b.y + b.height / 2));
    }

    /** For tests. */
    public Table table() {
        return table;
    }

    public Table segments() {
        return segments;
    }
}
