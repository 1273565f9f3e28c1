package tessera.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import tessera.analysis.query.QuerySegment;
import tessera.exchange.sheet.SingleSheet;
import tessera.ui.internal.Messages;

/** A query's segments as a virtual table (document, where, text, codes), and the same rows as a sheet. */
final class QueryResultsTable {

    static final List<String> HEADERS = List.of("document", "start", "end", "text", "codes");

    private final TableViewer viewer;

    QueryResultsTable(Composite parent, Consumer<QuerySegment> open) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setUseHashlookup(true);
        column(Messages.Segment_document, 180, QuerySegment::document, SWT.LEFT);
        column(Messages.Query_where, 90, s -> "[" + s.start() + ", " + s.end() + ")", SWT.RIGHT);
        column(Messages.Segment_text, 520, s -> s.text().replace('\n', ' '), SWT.LEFT);
        column(Messages.Query_codes, 260, s -> String.join(", ", s.codes()), SWT.LEFT);
        viewer.addDoubleClickListener(e -> {
            Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (o instanceof QuerySegment s) {
                open.accept(s);
            }
        });
    }

    private void column(String title, int width, Function<QuerySegment, String> text, int align) {
        TableViewerColumn c = new TableViewerColumn(viewer, align);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((QuerySegment) element);
            }
        });
    }

    void setInput(List<QuerySegment> segments) {
        viewer.setInput(segments);
    }

    Control control() {
        return viewer.getControl();
    }

    /** For tests. */
    org.eclipse.swt.widgets.Table table() {
        return viewer.getTable();
    }

    static void write(Path file, List<QuerySegment> segments) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (QuerySegment s : segments) {
            rows.add(List.of(s.document(), s.start(), s.end(), s.text(), String.join("; ", s.codes())));
        }
        SingleSheet.write(file, "Query results", HEADERS, rows);
    }
}
