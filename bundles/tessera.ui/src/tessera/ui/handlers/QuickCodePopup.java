package tessera.ui.handlers;

import java.util.List;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.ui.internal.Messages;

/**
 * The quick-code popup (Ctrl+Enter): type to filter the codebook, arrows to move, Enter to code; when no code has
 * the typed name the last row creates it. It opens at the selection, like a content assist, and does not block.
 */
final class QuickCodePopup extends PopupDialog {

    /** What was chosen: an existing code, or the name of a code to create. */
    record Choice(Code code, String newName) {
    }

    private final Codebook book;
    private final boolean mayCreate;
    private final Point at;
    private final java.util.function.Consumer<Choice> onChoice;
    private Text filter;
    private Table table;
    private Choice choice;
    private tessera.ui.util.Swatches swatches;

    /** A popup that calls {@code onChoice} when Enter or a double-click picks a row; Escape closes it. */
    QuickCodePopup(Shell parent, Codebook book, boolean mayCreate, Point at, String title,
            java.util.function.Consumer<Choice> onChoice) {
        // NO_TRIM: a window manager gives a resizable shell a title bar of its own; a popup has none
        super(parent, PopupDialog.INFOPOPUP_SHELLSTYLE, true, false, false, false, false, title,
                Messages.QuickCode_hint);
        this.book = book;
        this.mayCreate = mayCreate;
        this.at = at;
        this.onChoice = onChoice;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 220;
        // as wide as the hint below it, so that it is never cut
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(area);
        data.widthHint = Math.max(320, gc.textExtent(Messages.QuickCode_hint).x + 24);
        gc.dispose();
        table.setLayoutData(data);
        filter.addListener(SWT.Modify, e -> fill());
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) {
                int i = table.getSelectionIndex() + (e.keyCode == SWT.ARROW_DOWN ? 1 : -1);
                table.setSelection(Math.max(0, Math.min(table.getItemCount() - 1, i)));
                e.doit = false;
            }
        });
        filter.addListener(SWT.DefaultSelection, e -> accept());
        table.addListener(SWT.DefaultSelection, e -> accept());
        fill();
        return area;
    }

    private void fill() {
        table.removeAll();
        String typed = filter.getText();
        for (Code c : CodeMatcher.matches(book, typed)) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(book.path(c.id()));
            item.setImage(swatch(c.colour()));
            item.setData(c);
        }
        if (mayCreate && CodeMatcher.canCreate(book, typed)) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(NLS.bind(Messages.QuickCode_create, typed.strip()));
            item.setData(typed.strip());
        }
        if (table.getItemCount() > 0) {
            table.setSelection(0);
        }
    }

    /** For tests: types into the filter and presses Enter. */
    void type(String text) {
        filter.setText(text);
        accept();
    }

    /** What Enter on the typed text would choose without the popup: the first row. */
    static Choice firstFor(Codebook book, String typed, boolean mayCreate) {
        List<Code> found = CodeMatcher.matches(book, typed);
        if (!found.isEmpty()) {
            return new Choice(found.get(0), null);
        }
        return mayCreate && CodeMatcher.canCreate(book, typed) ? new Choice(null, typed.strip()) : null;
    }

    Choice choice() {
        return choice;
    }

    List<String> rows() {
        return java.util.Arrays.stream(table.getItems()).map(TableItem::getText).toList();
    }

    private void accept() {
        int i = table.getSelectionIndex();
        if (i >= 0) {
            Object data = table.getItem(i).getData();
            choice = data instanceof Code c ? new Choice(c, null) : new Choice(null, (String) data);
        }
        close(); // PopupDialog does not block: the choice is handed on once the popup is gone
        if (choice != null) {
            onChoice.accept(choice);
        }
    }

    /** A small square in a code's colour, as the Codebook shows it. */
    private org.eclipse.swt.graphics.Image swatch(String colour) {
        if (swatches == null) {
            swatches = new tessera.ui.util.Swatches(table.getDisplay(), 12);
        }
        return swatches.of(colour);
    }

    @Override
    public boolean close() {
        boolean closed = super.close();
        if (swatches != null) {
            swatches.dispose();
        }
        return closed;
    }

    /** At the selection, moved in so that the whole popup lies inside the window. */
    @Override
    protected Point getDefaultLocation(Point initialSize) {
        Point p = at != null ? at : super.getDefaultLocation(initialSize);
        return inside(p, initialSize, getParentShell().getBounds());
    }

    static Point inside(Point p, Point size, org.eclipse.swt.graphics.Rectangle window) {
        int x = Math.max(window.x, Math.min(p.x, window.x + window.width - size.x));
        int y = Math.max(window.y, Math.min(p.y, window.y + window.height - size.y));
        return new Point(x, y);
    }

    /** For tests: how many rows show a colour swatch. */
    int rowImages() {
        return (int) java.util.Arrays.stream(table.getItems()).filter(i -> i.getImage() != null).count();
    }

    /** For tests: where the popup lies. */
    org.eclipse.swt.graphics.Rectangle bounds() {
        return getShell().getBounds();
    }

    @Override
    protected Control getFocusControl() {
        return filter;
    }
}
