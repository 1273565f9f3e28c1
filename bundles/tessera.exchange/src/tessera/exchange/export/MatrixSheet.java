package tessera.exchange.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import tessera.exchange.matrix.Matrix;
import tessera.exchange.sheet.Cell;
import tessera.exchange.sheet.Column;
import tessera.exchange.sheet.ExcelLimits;
import tessera.exchange.sheet.WorkbookWriter;

/**
 * Writes a matrix with codes as rows (indented and outlined by depth) and a total column and row; with more
 * columns than a sheet holds, it is written transposed, with a note.
 */
final class MatrixSheet {

    private MatrixSheet() {
    }

    static void write(WorkbookWriter out, String sheet, Matrix m, IProgressMonitor monitor) throws IOException {
        if (m.columns().size() + 3 > ExcelLimits.MAX_COLUMNS) {
            writeTransposed(out, sheet, m, monitor);
            return;
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("Code (" + m.valueName() + ")", 36));
        columns.add(Column.of("Path", 36));
        m.columns().forEach(c -> columns.add(Column.of(c, 14)));
        columns.add(Column.of("Total", 10));
        out.startSheet(sheet, columns);
        for (int r = 0; r < m.rows().size(); r++) {
            check(monitor);
            Matrix.Row row = m.rows().get(r);
            List<Cell> cells = new ArrayList<>(columns.size());
            Cell label = (row.inTotal() ? Cell.text(row.label()) : Cell.bold(row.label())).withIndent(row.depth());
            cells.add(label);
            cells.add(Cell.text(row.path()));
            for (int c = 0; c < m.columns().size(); c++) {
                cells.add(Cell.number(m.cell(r, c)));
            }
            cells.add(Cell.number(m.rowTotal(r)));
            out.row(cells, row.depth());
        }
        List<Cell> totals = new ArrayList<>();
        totals.add(Cell.bold("Total"));
        totals.add(Cell.text(""));
        long all = 0;
        for (int c = 0; c < m.columns().size(); c++) {
            long t = m.columnTotal(c);
            all += t;
            totals.add(new Cell(t, null, 0, true, false));
        }
        totals.add(new Cell(all, null, 0, true, false));
        out.row(totals, 0);
    }

    private static void writeTransposed(WorkbookWriter out, String sheet, Matrix m, IProgressMonitor monitor)
            throws IOException {
        out.note("'" + sheet + "' has " + m.columns().size() + " columns, more than the " + ExcelLimits.MAX_COLUMNS
                + " a sheet holds: it is written transposed, one row per column and one column per code");
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("(" + m.valueName() + ")", 36));
        m.rows().forEach(r -> columns.add(Column.of(r.path(), 14)));
        out.startSheet(sheet, columns);
        for (int c = 0; c < m.columns().size(); c++) {
            check(monitor);
            List<Cell> cells = new ArrayList<>(columns.size());
            cells.add(Cell.text(m.columns().get(c)));
            for (int r = 0; r < m.rows().size(); r++) {
                cells.add(Cell.number(m.cell(r, c)));
            }
            out.row(cells, 0);
        }
    }

    static void check(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
