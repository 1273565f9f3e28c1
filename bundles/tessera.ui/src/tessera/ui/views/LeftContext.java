package tessera.ui.views;

import java.util.function.UnaryOperator;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;

/**
 * A concordance's left context cut to its column at the far end, never next to the hit: the widest ending of the
 * text that fits, after an ellipsis. GTK would cut a right-aligned cell at its end, where the hit's neighbours are.
 */
final class LeftContext implements UnaryOperator<String> {

    private static final String MORE = "\u2026";
    private static final int PADDING = 16;

    private final Table table;
    private final int column;
    private GC gc;

    LeftContext(Table table, int column) {
        this.table = table;
        this.column = column;
        table.addDisposeListener(e -> {
            if (gc != null) {
                gc.dispose();
            }
        });
        table.getColumn(column).addListener(SWT.Resize, e -> table.getDisplay().asyncExec(() -> {
            if (!table.isDisposed()) {
                table.redraw();
                table.clearAll();
            }
        }));
    }

    @Override
    public String apply(String text) {
        int width = table.getColumn(column).getWidth() - PADDING;
        return fit(measurer(), text, width);
    }

    private GC measurer() {
        if (gc == null) {
            gc = new GC(table);
        }
        return gc;
    }

    /** The longest ending of the text that fits the width, with an ellipsis before it when it was cut. */
    static String fit(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        int lo = 0;
        int hi = text.codePointCount(0, text.length());
        // the most code points from the end that fit, found by halving
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            String tail = MORE + text.substring(text.offsetByCodePoints(text.length(), -mid));
            if (gc.textExtent(tail).x <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? MORE : MORE + text.substring(text.offsetByCodePoints(text.length(), -lo));
    }
}
