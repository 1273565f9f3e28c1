package tessera.ui.views;

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
import tessera.core.model.Document;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectStore;
import tessera.core.text.CodePointIndex;
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
        table = new Table(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
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
        table.removeAll();
        if (store == null || codes.isEmpty()) {
            summary.setText(Messages.Segments_none);
            return;
        }
        Codebook book = store.codebook();
        Set<Long> wanted = new HashSet<>();
        for (long id : codes) {
            if (subcodes.getSelection()) {
                wanted.addAll(book.subtree(id));
            } else {
                wanted.add(id);
            }
        }
        List<Coding> found = store.codings(CodingFilter.codes(wanted));
        Map<Long, String> coders = store.coderNames();
        Map<Long, Document> docs = new HashMap<>();
        store.documents().forEach(d -> docs.put(d.id(), d));
        Map<Long, String> texts = new HashMap<>();
        Map<Long, CodePointIndex> indexes = new HashMap<>();
        for (Coding c : found) {
            String text = texts.computeIfAbsent(c.documentId(), store::text);
            CodePointIndex index = indexes.computeIfAbsent(c.documentId(), k -> CodePointIndex.of(text));
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {docs.get(c.documentId()).name(), book.path(c.codeId()), coders.get(c.coderId()),
                CodePointIndex.slice(text, index, c.start(), c.end()).replace('\n', ' ')});
            item.setData(c);
        }
        summary.setText(NLS.bind(Messages.Segments_count, found.size(), texts.size()));
        holder.layout();
    }

    private void open() {
        int i = table.getSelectionIndex();
        if (i < 0) {
            return;
        }
        Coding c = (Coding) table.getItem(i).getData();
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
