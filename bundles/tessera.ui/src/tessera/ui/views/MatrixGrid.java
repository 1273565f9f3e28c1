package tessera.ui.views;

import java.util.function.BiConsumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import tessera.exchange.matrix.Matrix;
import tessera.ui.util.Colours;

/**
 * A matrix as a heat map drawn cell by cell: only the cells in sight are painted, so a matrix of 500 codes by
 * 10,000 documents scrolls as lightly as one of ten by five (a table widget makes a column object per document,
 * which took minutes at that size). Row labels and the header row stay in place; the last row and column are the
 * totals, in bold. A click on a value cell marks it and tells the listener its row and column.
 */
final class MatrixGrid extends Canvas {

    static final RGB HOT = new RGB(0x33, 0x66, 0xcc);
    private static final int LABEL_WIDTH = 220;
    private static final int MIN_WIDTH = 60;
    private static final int MAX_WIDTH = 150;

    private final Colours.Cache colours = new Colours.Cache();
    private Matrix matrix;
    private String totalLabel = "";
    private long max = 1;
    private long[] rowTotals = new long[0];
    private long[] columnTotals = new long[0];
    private long all;
    private int cellWidth = MIN_WIDTH;
    private int rowHeight = 20;
    private int markedRow = -1;
    private int markedColumn = -1;
    private BiConsumer<Integer, Integer> clicked = (r, c) -> { };

    MatrixGrid(Composite parent) {
        super(parent, SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, e -> updateScrollBars());
        getVerticalBar().addListener(SWT.Selection, e -> redraw());
        getHorizontalBar().addListener(SWT.Selection, e -> redraw());
        addListener(SWT.MouseDown, e -> clickAt(e.x, e.y));
        addListener(SWT.MouseVerticalWheel, e -> scrollBy(getVerticalBar(), -e.count));
        addListener(SWT.MouseMove, e -> setToolTipText(tip(e.x, e.y)));
    }

    /** Shows a matrix (or none); the column width fits the widest header. */
    void show(Matrix m, String total) {
        matrix = m;
        totalLabel = total;
        markedRow = -1;
        markedColumn = -1;
        rescale();
        GC gc = new GC(this);
        try {
            rowHeight = gc.getFontMetrics().getHeight() + 8;
            int widest = 0;
            if (m != null) {
                // the longest names only: measuring 10,000 headers took most of a second
                for (String c : m.columns().stream().sorted(java.util.Comparator.comparingInt(String::length)
                        .reversed()).limit(50).toList()) {
                    widest = Math.max(widest, gc.textExtent(c).x);
                }
            }
            cellWidth = Math.max(MIN_WIDTH, Math.min(widest + 16, MAX_WIDTH));
        } finally {
            gc.dispose();
        }
        updateScrollBars();
        redraw();
    }

    /**
     * One value changed in place: the totals it enters are adjusted (the colour scale's top worked out again only
     * when it could have gone down) and the cells in sight repainted.
     */
    void setCell(int r, int c, long value) {
        long old = matrix.cells()[r][c];
        matrix.cells()[r][c] = value;
        rowTotals[r] += value - old;
        if (matrix.rows().get(r).inTotal()) {
            columnTotals[c] += value - old;
            all += value - old;
        }
        if (value > max) {
            max = value;
        } else if (old == max && value < old) {
            max = 1;
            for (long[] row : matrix.cells()) {
                for (long v : row) {
                    max = Math.max(max, v);
                }
            }
        }
        redraw();
    }

    /**
     * The colour scale's top and the totals, worked out once per matrix rather than per painted cell, in one pass
     * along the rows (summing down 10,000 columns one at a time took a fifth of a second).
     */
    private void rescale() {
        max = 1;
        if (matrix == null) {
            return;
        }
        rowTotals = new long[matrix.rows().size()];
        columnTotals = new long[matrix.columns().size()];
        all = 0;
        for (int r = 0; r < rowTotals.length; r++) {
            long[] row = matrix.cells()[r];
            boolean inTotal = matrix.rows().get(r).inTotal();
            for (int c = 0; c < row.length; c++) {
                long v = row[c];
                max = Math.max(max, v);
                rowTotals[r] += v;
                if (inTotal) {
                    columnTotals[c] += v;
                }
            }
            if (inTotal) {
                all += rowTotals[r];
            }
        }
    }

    void onClick(BiConsumer<Integer, Integer> listener) {
        clicked = listener;
    }

    /** Rows and columns with the totals: codes + 1 by documents + 1. */
    int rowCount() {
        return matrix == null ? 0 : matrix.rows().size() + 1;
    }

    int columnCount() {
        return matrix == null ? 0 : matrix.columns().size() + 1;
    }

    String columnTitle(int c) {
        return c < matrix.columns().size() ? matrix.columns().get(c) : totalLabel;
    }

    String rowLabel(int r) {
        return r < matrix.rows().size() ? "  ".repeat(matrix.rows().get(r).depth()) + matrix.rows().get(r).label()
                : totalLabel;
    }

    /** A cell's text: empty for a zero value cell, the sum in the totals. */
    String text(int r, int c) {
        int rows = matrix.rows().size();
        int cols = matrix.columns().size();
        if (r == rows) {
            return Long.toString(c == cols ? all : columnTotals[c]);
        }
        if (c == cols) {
            return Long.toString(rowTotals[r]);
        }
        long v = matrix.cell(r, c);
        return v == 0 ? "" : Long.toString(v);
    }

    /** A value cell's heat colour (white for zero, and for the totals). */
    RGB background(int r, int c) {
        if (r >= matrix.rows().size() || c >= matrix.columns().size() || matrix.cell(r, c) == 0) {
            return new RGB(255, 255, 255);
        }
        double s = 0.15 + 0.75 * ((double) matrix.cell(r, c) / max);
        return new RGB((int) (255 - (255 - HOT.red) * s), (int) (255 - (255 - HOT.green) * s),
                (int) (255 - (255 - HOT.blue) * s));
    }

    int markedColumn() {
        return markedColumn;
    }

    /** Clicks a value cell, as the mouse does. */
    void click(int r, int c) {
        if (matrix == null || r < 0 || c < 0 || r >= matrix.rows().size() || c >= matrix.columns().size()) {
            return;
        }
        markedRow = r;
        markedColumn = c;
        redraw();
        clicked.accept(r, c);
    }

    private void clickAt(int x, int y) {
        int[] cell = cellAt(x, y);
        if (cell != null) {
            click(cell[0], cell[1]);
        }
    }

    /** The row and column under a point of the value area, or null. */
    private int[] cellAt(int x, int y) {
        if (matrix == null || x < LABEL_WIDTH || y < rowHeight) {
            return null;
        }
        int r = getVerticalBar().getSelection() + (y - rowHeight) / rowHeight;
        int c = getHorizontalBar().getSelection() + (x - LABEL_WIDTH) / cellWidth;
        return r < rowCount() && c < columnCount() ? new int[] {r, c} : null;
    }

    private String tip(int x, int y) {
        int[] cell = cellAt(x, y);
        return cell == null ? null : rowLabel(cell[0]).strip() + " × " + columnTitle(cell[1]) + ": "
                + (text(cell[0], cell[1]).isEmpty() ? "0" : text(cell[0], cell[1]));
    }

    private void scrollBy(ScrollBar bar, int steps) {
        bar.setSelection(bar.getSelection() + steps * 3);
        redraw();
    }

    private void updateScrollBars() {
        var area = getClientArea();
        int visibleRows = Math.max(1, (area.height - rowHeight) / rowHeight);
        int visibleColumns = Math.max(1, (area.width - LABEL_WIDTH) / cellWidth);
        getVerticalBar().setValues(Math.min(getVerticalBar().getSelection(), Math.max(0, rowCount() - 1)), 0,
                Math.max(rowCount(), 1), Math.min(visibleRows, Math.max(rowCount(), 1)), 1, visibleRows);
        getHorizontalBar().setValues(Math.min(getHorizontalBar().getSelection(), Math.max(0, columnCount() - 1)), 0,
                Math.max(columnCount(), 1), Math.min(visibleColumns, Math.max(columnCount(), 1)), 1, visibleColumns);
    }

    private void paint(Event e) {
        GC gc = e.gc;
        var area = getClientArea();
        Color white = getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND);
        Color line = getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW);
        Color ink = getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        gc.setBackground(white);
        gc.fillRectangle(area);
        if (matrix == null) {
            return;
        }
        int firstRow = getVerticalBar().getSelection();
        int firstColumn = getHorizontalBar().getSelection();
        int lastRow = Math.min(rowCount(), firstRow + area.height / rowHeight + 1);
        int lastColumn = Math.min(columnCount(), firstColumn + (area.width - LABEL_WIDTH) / cellWidth + 2);
        for (int r = firstRow; r < lastRow; r++) {
            int y = rowHeight * (1 + r - firstRow);
            boolean totals = r == matrix.rows().size();
            gc.setFont(totals ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : getFont());
            for (int c = firstColumn; c < lastColumn; c++) {
                int x = LABEL_WIDTH + cellWidth * (c - firstColumn);
                paintCell(gc, r, c, x, y, totals || c == matrix.columns().size(), ink, line);
            }
            gc.setBackground(white);
            gc.fillRectangle(0, y, LABEL_WIDTH, rowHeight);
            gc.setForeground(ink);
            gc.drawText(clip(gc, rowLabel(r), LABEL_WIDTH - 8), 4, y + 4, true);
            gc.setForeground(line);
            gc.drawLine(0, y + rowHeight - 1, area.width, y + rowHeight - 1);
        }
        gc.setFont(getFont());
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(0, 0, area.width, rowHeight);
        gc.setForeground(ink);
        for (int c = firstColumn; c < lastColumn; c++) {
            int x = LABEL_WIDTH + cellWidth * (c - firstColumn);
            String title = clip(gc, columnTitle(c), cellWidth - 8);
            gc.drawText(title, x + cellWidth - 4 - gc.textExtent(title).x, 4, true);
            gc.setForeground(line);
            gc.drawLine(x, 0, x, area.height);
            gc.setForeground(ink);
        }
    }

    private void paintCell(GC gc, int r, int c, int x, int y, boolean total, Color ink, Color line) {
        boolean marked = r == markedRow && c == markedColumn;
        RGB bg = background(r, c);
        gc.setBackground(marked ? getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION) : colours.get(bg));
        gc.fillRectangle(x, y, cellWidth, rowHeight);
        String text = text(r, c);
        boolean dark = !total && !text.isEmpty() && bg.red < 150;
        gc.setForeground(marked ? getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT)
                : dark ? getDisplay().getSystemColor(SWT.COLOR_WHITE) : ink);
        gc.drawText(text, x + cellWidth - 6 - gc.textExtent(text).x, y + 4, true);
    }

    /** A text cut with an ellipsis to fit a width. */
    private static String clip(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && gc.textExtent(t + "…").x > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
