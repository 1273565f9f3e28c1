package tessera.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;

import tessera.core.model.Attribute;
import tessera.core.model.Document;
import tessera.core.store.Applied;
import tessera.core.store.CodingTally;
import tessera.core.store.ProjectStore;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.editor.DocumentEditorInput;
import tessera.ui.internal.Messages;

/** The project's documents with language, size, number of codings and one column per attribute. */
public final class DocumentsView extends ProjectView {

    public static final String ID = "tessera.ui.views.documents";

    /** Name, language, length, codings and source; attribute columns follow (shown right after the name). */
    private static final int FIXED_COLUMNS = 5;

    private Composite holder;
    private TableViewer viewer;
    private TableColumns<DocumentRow> columns;
    private List<String> attributeColumns = List.of();
    private final Map<Long, DocumentRow> rowsById = new java.util.HashMap<>();
    /** What a coding's change alters in a row; the sorter does not sort on it, so the rows stay where they are. */
    private static final String[] COUNT_PROPERTY = {"codings"};
    /** Columns are fitted to their contents once a project is shown, not at every refresh. */
    private boolean fitted;

    @Override
    public void createPartControl(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new FillLayout());
        // virtual: rows are made when they come into sight (10,000 documents fill at once)
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL);
        viewer.setUseHashlookup(true);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        columns = new TableColumns<>(viewer);
        columns.text(Messages.DocumentsView_name, r -> r.document().name());
        columns.text(Messages.DocumentsView_language, r -> r.document().language());
        columns.number(Messages.DocumentsView_length, r -> (long) r.document().length());
        columns.number(Messages.DocumentsView_codings, r -> (long) session.tally().codingsIn(r.document().id()));
        columns.text(Messages.DocumentsView_source, DocumentsView::source);
        viewer.addDoubleClickListener(e -> open((IStructuredSelection) e.getSelection()));
        getSite().setSelectionProvider(viewer);
        MenuManager menu = new MenuManager();
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        columns.rowsMenu(menu.createContextMenu(viewer.getTable()));
        getSite().registerContextMenu(ID, menu, viewer);
        startListening();
    }

    /** The file the document came from, with its pages when it has them. */
    static String source(DocumentRow r) {
        Document d = r.document();
        if (!d.hasOriginal()) {
            return "";
        }
        return d.pageStarts().isEmpty() ? d.originalName()
                : NLS.bind(Messages.DocumentsView_pages, d.originalName(), d.pageStarts().size());
    }

    @Override
    protected Control control() {
        return holder;
    }

    @Override
    protected void refresh(ProjectStore store) {
        if (store == null) {
            viewer.setInput(List.of());
            fitted = false;
            return;
        }
        List<String> names = store.attributes().stream().map(Attribute::name).toList();
        if (!names.equals(attributeColumns)) {
            columns.dropFrom(FIXED_COLUMNS);
            names.forEach(n -> columns.value(n, r -> r.attributes().getOrDefault(n, "")));
            attributeColumns = names;
            // the attributes right after the name, where a narrow view still shows them; the counts follow
            int[] order = new int[FIXED_COLUMNS + names.size()];
            int k = 0;
            order[k++] = 0;
            for (int i = 0; i < names.size(); i++) {
                order[k++] = FIXED_COLUMNS + i;
            }
            for (int i = 1; i < FIXED_COLUMNS; i++) {
                order[k++] = i;
            }
            viewer.getTable().setColumnOrder(order);
            fitted = false;
        }
        viewer.setInput(rows(store));
        if (!fitted) {
            columns.fit(); // a virtual table measures the rows made so far: those in sight
            fitted = true;
        }
    }

    private List<DocumentRow> rows(ProjectStore store) {
        Map<Long, Map<String, String>> values = store.attributeValuesByDocument();
        List<DocumentRow> list = new ArrayList<>();
        rowsById.clear();
        for (Document d : store.documents()) {
            DocumentRow row = new DocumentRow(d, values.getOrDefault(d.id(), Map.of()));
            list.add(row);
            rowsById.put(d.id(), row);
        }
        return list;
    }

    /** A change of codings (or memos, reviews) alone: only the lines whose counts moved are updated. */
    @Override
    protected boolean follow(Applied applied) {
        if (!onlyCodings(applied)) {
            return false;
        }
        Object[] moved = CodingTally.moved(applied).documents().stream().map(rowsById::get)
                .filter(java.util.Objects::nonNull).toArray();
        viewer.update(moved, COUNT_PROPERTY); // not null: that would sort and filter the 10,000 rows again
        return true;
    }

    private void open(IStructuredSelection selection) {
        for (Object o : selection.toList()) {
            open(getSite().getPage(), ((DocumentRow) o).document());
        }
    }

    /** Opens a document in the editor, or tells the user why it cannot be. */
    public static void open(org.eclipse.ui.IWorkbenchPage page, Document d) {
        // from a maximised view (a hit, a query result): the layout comes back, so that Documents and the Codebook
        // are not left minimised in the trim beside the document
        for (var ref : page.getViewReferences()) {
            if (page.getPartState(ref) == org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED) {
                page.setPartState(ref, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
            }
        }
        try {
            page.openEditor(new DocumentEditorInput(d.id(), d.name()), DocumentEditor.ID);
        } catch (PartInitException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
        }
    }

    /** For tests: the columns' sorting and choosing. */
    TableColumns<DocumentRow> columns() {
        return columns;
    }

    /** For tests: the table viewer. */
    public TableViewer viewer() {
        return viewer;
    }
}
