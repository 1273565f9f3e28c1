package tessera.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;

import tessera.core.store.ProjectStore;
import tessera.index.Hit;
import tessera.index.ProjectIndex;
import tessera.index.SearchOptions;
import tessera.index.SearchResult;
import tessera.index.query.QuerySyntaxException;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.internal.Messages;

/**
 * Search: a query (with its history), its hits as key words in context (document, left context, hit, right context,
 * codes at the hit), sortable by any column; double-click opens the document at the hit, selected. Code Hits codes
 * all or the selected hits in one undoable step.
 */
public final class SearchView extends ProjectView {

    public static final String ID = "tessera.ui.views.search";
    static final int HISTORY = 20;

    private Composite holder;
    private Combo query;
    private Combo unit;
    private Label status;
    private TableViewer table;
    private List<Hit> hits = List.of();
    private Map<Hit, List<String>> codes = Map.of();
    private Map<Long, String> names = Map.of();

    @Override
    public void createPartControl(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 4).applyTo(holder);
        query = new Combo(holder, SWT.DROP_DOWN);
        query.setToolTipText(Messages.Search_syntax);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        query.addListener(SWT.DefaultSelection, e -> run());
        unit = new Combo(holder, SWT.READ_ONLY);
        unit.setItems(Messages.Search_unitDocument, Messages.Search_unitParagraph);
        unit.select(0);
        Button search = new Button(holder, SWT.PUSH);
        search.setText(Messages.Search_run);
        search.addListener(SWT.Selection, e -> run());
        Button code = new Button(holder, SWT.PUSH);
        code.setText(Messages.Search_codeHits);
        code.addListener(SWT.Selection, e -> new AutoCodeDialog(getSite().getShell(), this).open());
        status = new Label(holder, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
        table = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(table.getControl());
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Segment_document, 160, SWT.LEFT, h -> names.getOrDefault(h.documentId(), ""));
        column(Messages.Search_left, 220, SWT.RIGHT, h -> leftFit.apply(flat(h.left())), h -> flat(h.left()));
        column(Messages.Search_hit, 100, SWT.CENTER, h -> flat(h.text()));
        column(Messages.Search_right, 220, SWT.LEFT, h -> flat(h.right()));
        column(Messages.Segment_code, 200, SWT.LEFT, h -> String.join(", ", codes.getOrDefault(h, List.of())));
        leftFit = new LeftContext(table.getTable(), 1);
        table.addDoubleClickListener(e -> open((Hit) table.getStructuredSelection().getFirstElement()));
        getSite().setSelectionProvider(table);
        startListening();
    }

    private void column(String title, int width, int align, Function<Hit, String> text) {
        column(title, width, align, text, text);
    }

    /** A column showing {@code text} and sorted by {@code key} (the left context sorts by all of it). */
    private void column(String title, int width, int align, Function<Hit, String> text, Function<Hit, String> key) {
        TableViewerColumn c = new TableViewerColumn(table, align);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Hit) element);
            }
        });
        TableColumn column = c.getColumn();
        column.addListener(SWT.Selection, e -> {
            boolean up = table.getTable().getSortColumn() != column || table.getTable().getSortDirection() == SWT.DOWN;
            table.getTable().setSortColumn(column);
            table.getTable().setSortDirection(up ? SWT.UP : SWT.DOWN);
            // the left context sorts by its words nearest the hit, as concordances do
            Comparator<Hit> by = Comparator.comparing(h -> align == SWT.RIGHT
                    ? new StringBuilder(key.apply(h)).reverse().toString() : key.apply(h));
            Comparator<Hit> order = up ? by : by.reversed();
            table.setComparator(new ViewerComparator() {
                @Override
                public int compare(Viewer v, Object a, Object b) {
                    return order.compare((Hit) a, (Hit) b);
                }
            });
        });
    }

    private LeftContext leftFit;

    private static String flat(String s) {
        return s.replace('\n', ' ');
    }

    /** Runs the query in the field and shows its hits. */
    public void run() {
        String q = query.getText().strip();
        ProjectStore store = session.store().orElse(null);
        if (q.isEmpty() || store == null) {
            return;
        }
        ProjectIndex index = session.indexes().ready();
        if (index == null) {
            String problem = session.indexes().problem();
            status.setText(problem == null ? Messages.Search_indexing : NLS.bind(Messages.Search_noIndex, problem));
            return;
        }
        remember(q);
        try {
            SearchResult r = index.search(q, new SearchOptions(unit.getSelectionIndex() == 1
                    ? SearchOptions.Unit.PARAGRAPH : SearchOptions.Unit.DOCUMENT, 5_000));
            show(store, r);
        } catch (QuerySyntaxException e) {
            status.setText(e.getMessage());
            query.setSelection(new org.eclipse.swt.graphics.Point(Math.max(0, e.column() - 1), e.column()));
        }
    }

    private void show(ProjectStore store, SearchResult r) {
        hits = r.hits();
        Map<Long, String> n = new java.util.HashMap<>();
        store.documents().forEach(d -> n.put(d.id(), d.name()));
        names = n;
        codes = tessera.index.HitCodes.at(store, hits);
        table.setComparator(null);
        table.getTable().setSortColumn(null);
        table.setInput(hits);
        status.setText(NLS.bind(r.hits().size() < r.total() ? Messages.Search_countShown : Messages.Search_count,
                new Object[] {r.total(), r.units(), unitsLabel(r.unit()), r.hits().size(), Math.round(r.millis())}));
        holder.layout();
    }

    /** The units a search counted, named in the workbench's language (the index names them in English). */
    static String unitsLabel(String unit) {
        return switch (unit) {
            case tessera.index.Fields.PARAGRAPH_UNIT -> Messages.Search_units_paragraph;
            case tessera.index.Fields.SEGMENT_UNIT -> Messages.Search_units_segment;
            default -> Messages.Search_units_document;
        };
    }

    private void remember(String q) {
        List<String> items = new ArrayList<>(List.of(query.getItems()));
        items.remove(q);
        items.add(0, q);
        query.setItems(items.subList(0, Math.min(HISTORY, items.size())).toArray(String[]::new));
        query.setText(q);
    }

    private void open(Hit h) {
        if (h == null) {
            return;
        }
        session.store().flatMap(s -> s.document(h.documentId())).ifPresent(d -> {
            DocumentsView.open(getSite().getPage(), d);
            if (getSite().getPage().getActiveEditor() instanceof DocumentEditor editor) {
                editor.reveal(h.start(), h.end());
            }
        });
    }

    /** Sets the query, as typing it does; for tests and other views. */
    public void setQuery(String q) {
        query.setText(q);
    }

    /** The hits shown, and those selected. */
    public List<Hit> hits() {
        return hits;
    }

    @SuppressWarnings("unchecked")
    List<Hit> selectedHits() {
        return (List<Hit>) (List<?>) table.getStructuredSelection().toList();
    }

    public String status() {
        return status.getText();
    }

    /** For tests: the table. */
    public TableViewer viewer() {
        return table;
    }

    @Override
    protected Control control() {
        return holder;
    }

    @Override
    protected void refresh(ProjectStore store) {
        if (store == null) {
            table.setInput(List.of());
            hits = List.of();
        } else if (!hits.isEmpty()) {
            // the codes at each hit, after Code Hits or any other change
            codes = tessera.index.HitCodes.at(store, hits);
            table.refresh();
        }
    }

    /** For tests: the codes column's text for a hit. */
    String codesAt(Hit h) {
        return String.join(", ", codes.getOrDefault(h, List.of()));
    }
}
