package tessera.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * A table's columns as a user expects them: each sized to its header and contents (numbers to the right), sorted
 * by a click on its header (again: the other way), and shown or hidden from the header's context menu.
 */
final class TableColumns<T> {

    /** Widest a column grows to fit its contents; the user may drag it wider. */
    private static final int MAX_WIDTH = 320;

    private final TableViewer viewer;
    private final List<TableColumn> columns = new ArrayList<>();
    private final List<Comparator<T>> orders = new ArrayList<>();
    private final Set<String> hidden = new HashSet<>();
    private TableColumn sortedBy;
    private boolean ascending = true;

    TableColumns(TableViewer viewer) {
        this.viewer = viewer;
        Table table = viewer.getTable();
        table.addListener(SWT.MenuDetect, e -> {
            Point p = table.toControl(e.x, e.y);
            Rectangle client = table.getClientArea();
            if (p.y < client.y + table.getHeaderHeight()) {
                table.setMenu(chooser());
            } else if (table.getMenu() != null && table.getMenu().getData() == this) {
                table.setMenu(rowsMenu);
            }
        });
        viewer.setComparator(new ViewerComparator() {
            @Override
            @SuppressWarnings("unchecked")
            public int compare(Viewer v, Object a, Object b) {
                if (sortedBy == null) {
                    return 0;
                }
                int c = orders.get(columns.indexOf(sortedBy)).compare((T) a, (T) b);
                return ascending ? c : -c;
            }
        });
    }

    private Menu rowsMenu;

    /** The rows' own context menu, shown when the click is below the header. */
    void rowsMenu(Menu menu) {
        rowsMenu = menu;
        viewer.getTable().setMenu(menu);
    }

    /** A text column, sorted as text. */
    void text(String title, Function<T, String> text) {
        add(title, SWT.LEFT, text, Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER));
    }

    /** A number column: right-aligned, sorted as numbers. */
    void number(String title, Function<T, Long> value) {
        add(title, SWT.RIGHT, t -> Long.toString(value.apply(t)), Comparator.comparing(value));
    }

    /** An attribute's column: right-aligned and sorted as numbers when every value is one. */
    void value(String title, Function<T, String> text) {
        add(title, SWT.LEFT, text, (a, b) -> {
            String x = text.apply(a);
            String y = text.apply(b);
            try {
                return new java.math.BigDecimal(x).compareTo(new java.math.BigDecimal(y));
            } catch (NumberFormatException e) {
                return x.compareToIgnoreCase(y);
            }
        });
    }

    private void add(String title, int align, Function<T, String> text, Comparator<T> order) {
        TableViewerColumn c = new TableViewerColumn(viewer, align);
        c.getColumn().setText(title);
        c.getColumn().setMoveable(true);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public String getText(Object element) {
                return text.apply((T) element);
            }
        });
        TableColumn column = c.getColumn();
        column.addListener(SWT.Selection, e -> sortBy(column));
        columns.add(column);
        orders.add(order);
    }

    /** Removes the columns from {@code from} on (attribute columns, before they are made again). */
    void dropFrom(int from) {
        while (columns.size() > from) {
            TableColumn c = columns.remove(columns.size() - 1);
            orders.remove(orders.size() - 1);
            if (c == sortedBy) {
                sortedBy = null;
            }
            c.dispose();
        }
    }

    void sortBy(TableColumn column) {
        ascending = column != sortedBy || !ascending;
        sortedBy = column;
        Table table = viewer.getTable();
        table.setSortColumn(column);
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        viewer.refresh();
    }

    /** Each shown column as wide as its header and its widest cell (up to a limit); hidden ones as nothing. */
    void fit() {
        for (TableColumn c : columns) {
            if (hidden.contains(c.getText())) {
                c.setWidth(0);
                c.setResizable(false);
            } else {
                c.setResizable(true);
                c.pack();
                c.setWidth(Math.min(MAX_WIDTH, c.getWidth() + 8));
            }
        }
    }

    void setShown(String title, boolean shown) {
        if (shown) {
            hidden.remove(title);
        } else {
            hidden.add(title);
        }
        fit();
    }

    private Menu chooser() {
        Menu menu = new Menu(viewer.getTable());
        menu.setData(this);
        for (TableColumn c : columns) {
            MenuItem item = new MenuItem(menu, SWT.CHECK);
            item.setText(c.getText());
            item.setSelection(!hidden.contains(c.getText()));
            item.addListener(SWT.Selection, e -> setShown(c.getText(), item.getSelection()));
        }
        return menu;
    }

    List<TableColumn> columns() {
        return columns;
    }
}
