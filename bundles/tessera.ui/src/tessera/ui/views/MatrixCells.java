package tessera.ui.views;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * What the two matrix views share: value columns of one width (the widest header's, so none is cut and none
 * stands out), and a clicked cell that stays marked, in the selection's colours, until another is clicked; the
 * cell's own colours (a heat map's) come back then.
 */
final class MatrixCells {

    private static final int MIN_WIDTH = 80;
    private static final int MAX_WIDTH = 320;

    private final Table table;
    private TableItem marked;
    private int column = -1;
    private Color background;
    private Color foreground;

    MatrixCells(Table table) {
        this.table = table;
    }

    /** One width for every value column, from the widest of these headers. */
    static int width(Table table, List<String> headers) {
        GC gc = new GC(table);
        try {
            int widest = 0;
            for (String h : headers) {
                widest = Math.max(widest, gc.textExtent(h).x);
            }
            return Math.max(MIN_WIDTH, Math.min(widest + 28, MAX_WIDTH));
        } finally {
            gc.dispose();
        }
    }

    void mark(TableItem item, int col) {
        unmark();
        marked = item;
        column = col;
        background = item.getBackground(col);
        foreground = item.getForeground(col);
        item.setBackground(col, table.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
        item.setForeground(col, table.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT));
        // the cell, not its row, is what was chosen
        table.getDisplay().asyncExec(() -> {
            if (!table.isDisposed()) {
                table.deselectAll();
            }
        });
    }

    /** Forgets the mark, for a table whose rows were made again. */
    void clear() {
        marked = null;
    }

    private void unmark() {
        if (marked != null && !marked.isDisposed()) {
            marked.setBackground(column, background);
            marked.setForeground(column, foreground);
        }
        marked = null;
    }

    /** For tests: the marked cell's column, or -1. */
    int markedColumn() {
        return marked == null ? -1 : column;
    }

    TableItem markedItem() {
        return marked;
    }

    /** The total row under a matrix's rows: each column's total and the grand total, in bold. */
    static void totalRow(Table table, tessera.exchange.matrix.Matrix m, String label) {
        TableItem totals = new TableItem(table, SWT.NONE);
        totals.setText(0, label);
        long all = 0;
        for (int c = 0; c < m.columns().size(); c++) {
            totals.setText(c + 1, Long.toString(m.columnTotal(c)));
            all += m.columnTotal(c);
        }
        totals.setText(m.columns().size() + 1, Long.toString(all));
        totals.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry()
                .getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
    }
}
