package tessera.ui.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;

import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.model.Coding;
import tessera.core.store.Applied;
import tessera.core.store.CodingFilter;
import tessera.core.store.RowChange;
import tessera.core.store.Rows;
import tessera.core.store.ProjectStore;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.internal.Messages;

/**
 * Every coded segment of the codes selected in the Codebook, with or without their subcodes: document, code,
 * coder and text. Double-clicking a segment opens its document with the segment selected.
 */
public final class SegmentsView extends ProjectView implements ISelectionListener {

    public static final String ID = "tessera.ui.views.segments";

    private Composite holder;
    private Button subcodes;
    private Label summary;
    private Table table;
    private Set<Long> codes = Set.of();
    /** The codes whose codings are listed: those chosen, with their subcodes when asked. */
    private Set<Long> wanted = Set.of();
    private final List<Coding> rows = new ArrayList<>();
    private final Map<Long, String> names = new HashMap<>();
    private Map<Long, String> coders = Map.of();
    private Codebook book = new Codebook(List.of());
    private final SegmentTexts passages = new SegmentTexts();

    @Override
    public void createPartControl(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new GridLayout(2, false));
        subcodes = new Button(holder, SWT.CHECK);
        subcodes.setText(Messages.Segments_subcodes);
        subcodes.setSelection(true);
        subcodes.addListener(SWT.Selection, e -> refresh(session.store().orElse(null)));
        summary = new Label(holder, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.VIRTUAL);
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        String[] titles = {Messages.Segment_document, Messages.Segment_code, Messages.Segment_coder, Messages.Segment_text};
        int[] widths = {180, 180, 100, 600};
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
        table.addListener(SWT.DefaultSelection, e -> open());
        getSite().getWorkbenchWindow().getSelectionService().addSelectionListener(CodebookView.ID, this);
        startListening();
        selectionChanged(null, getSite().getWorkbenchWindow().getSelectionService().getSelection(CodebookView.ID));
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        Set<Long> ids = new HashSet<>();
        if (selection instanceof IStructuredSelection s) {
            s.toList().stream().filter(Code.class::isInstance).forEach(o -> ids.add(((Code) o).id()));
        }
        codes = ids;
        refresh(session.store().orElse(null));
    }

    @Override
    protected Control control() {
        return holder;
    }

    @Override
    protected void refresh(ProjectStore store) {
        rows.clear();
        passages.clear();
        if (store == null || codes.isEmpty()) {
            show(Messages.Segments_none);
            return;
        }
        book = store.codebook();
        wanted = new HashSet<>();
        for (long id : codes) {
            if (subcodes.getSelection()) {
                wanted.addAll(book.subtree(id));
            } else {
                wanted.add(id);
            }
        }
        rows.addAll(store.codings(CodingFilter.codes(wanted)));
        coders = store.coderNames();
        names.clear();
        store.documents().forEach(d -> names.put(d.id(), d.name()));
        showCount();
    }

    /**
     * A change of codings alone, when the view lists codes: rows of the listed codes are added, removed or moved in
     * place, in the order the project lists codings (document, start, end).
     */
    @Override
    protected boolean follow(Applied applied) {
        if (!onlyCodings(applied)) {
            return false;
        }
        boolean moved = false;
        for (RowChange change : applied.changes()) {
            if (change.table() != tessera.core.store.Table.CODING) {
                continue;
            }
            if (change.before() != null) {
                moved |= rows.removeIf(c -> c.id() == change.id());
            }
            Coding now = change.after() == null ? null : Rows.coding(change);
            if (now != null && wanted.contains(now.codeId())) {
                int at = java.util.Collections.binarySearch(rows, now, ORDER);
                rows.add(at < 0 ? -at - 1 : at, now);
                moved = true;
            }
        }
        if (moved) {
            showCount();
        }
        return true;
    }

    private static final java.util.Comparator<Coding> ORDER = java.util.Comparator.comparingLong(Coding::documentId)
            .thenComparingInt(Coding::start).thenComparingInt(Coding::end).thenComparingLong(Coding::id);

    /** The rows are made when they come into sight (SWT.SetData). */
    private void showCount() {
        table.clearAll();
        table.setItemCount(rows.size());
        summary.setText(NLS.bind(Messages.Segments_count, rows.size(),
                rows.stream().mapToLong(Coding::documentId).distinct().count()));
        holder.layout();
    }

    private void show(String message) {
        table.setItemCount(0);
        summary.setText(message);
    }

    private void fill(TableItem item) {
        Coding c = rows.get(table.indexOf(item));
        ProjectStore store = session.store().orElse(null);
        if (store == null) {
            return;
        }
        item.setText(new String[] {names.getOrDefault(c.documentId(), ""), book.path(c.codeId()),
            coders.getOrDefault(c.coderId(), ""), passages.passage(store, c)});
        item.setData(c);
    }

    private void open() {
        int i = table.getSelectionIndex();
        if (i < 0) {
            return;
        }
        Coding c = rows.get(i);
        session.store().flatMap(s -> s.document(c.documentId())).ifPresent(d -> {
            DocumentsView.open(getSite().getPage(), d);
            if (getSite().getPage().getActiveEditor() instanceof DocumentEditor editor && editor.documentId() == d.id()) {
                editor.reveal(c.start(), c.end());
            }
        });
    }

    /** For tests. */
    public Table table() {
        return table;
    }

    /** For tests: the coding on the i-th row. */
    public Coding segment(int i) {
        return rows.get(i);
    }

    /** For tests: opens the i-th segment as a double-click does. */
    public void openSegment(int i) {
        table.setSelection(i);
        open();
    }

    @Override
    public void dispose() {
        getSite().getWorkbenchWindow().getSelectionService().removeSelectionListener(CodebookView.ID, this);
        super.dispose();
    }
}
