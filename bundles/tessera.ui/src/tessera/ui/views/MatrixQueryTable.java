package tessera.ui.views;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import tessera.exchange.matrix.Matrix;
import tessera.ui.internal.Messages;

/**
 * A matrix as a table: labels, value columns of one width with numbers to the right, a total column and a total
 * row; the clicked cell stays marked and its row and column go to a listener.
 */
final class MatrixQueryTable {

    interface CellListener {
        void open(int row, int column);
    }

    private final Table table;
    private final MatrixCells cells;

    MatrixQueryTable(Composite parent, CellListener listener) {
        table = new Table(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        cells = new MatrixCells(table);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.MouseDown, e -> {
            Point p = new Point(e.x, e.y);
            TableItem item = table.getItem(p);
            if (item == null || item.getData() == null) {
                return;
            }
            for (int c = 1; c < table.getColumnCount() - 1; c++) {
                if (item.getBounds(c).contains(p)) {
                    cells.mark(item, c);
                    listener.open((Integer) item.getData(), c - 1);
                    return;
                }
            }
        });
    }

    void show(Matrix m) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn c : table.getColumns()) {
                c.dispose();
            }
            cells.clear();
            if (m == null) {
                return;
            }
            List<String> headers = new java.util.ArrayList<>(m.columns());
            headers.add(Messages.Matrix_total);
            int width = MatrixCells.width(table, headers);
            column(m.valueName(), SWT.LEFT, 220);
            m.columns().forEach(name -> column(name, SWT.RIGHT, width));
            column(Messages.Matrix_total, SWT.RIGHT, width);
            for (int r = 0; r < m.rows().size(); r++) {
                TableItem item = new TableItem(table, SWT.NONE);
                Matrix.Row row = m.rows().get(r);
                item.setText(0, "  ".repeat(row.depth()) + row.label());
                for (int c = 0; c < m.columns().size(); c++) {
                    item.setText(c + 1, Long.toString(m.cell(r, c)));
                }
                item.setText(m.columns().size() + 1, Long.toString(m.rowTotal(r)));
                item.setData(r);
            }
            MatrixCells.totalRow(table, m, Messages.Matrix_total);
        } finally {
            table.setRedraw(true);
        }
    }

    private void column(String title, int align, int width) {
        TableColumn c = new TableColumn(table, align);
        c.setText(title);
        c.setToolTipText(title);
        c.setWidth(width);
    }

    Control control() {
        return table;
    }

    Table table() {
        return table;
    }
}
