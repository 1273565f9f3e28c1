package tessera.ui.views;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;

import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.store.Applied;
import tessera.core.store.CodingTally;
import tessera.core.store.ProjectStore;
import tessera.ui.internal.Messages;
import tessera.ui.util.Colours;

/** The codebook as a tree: a colour swatch per code, its number of codings and of documents it codes. */
public final class CodebookView extends ProjectView {

    public static final String ID = "tessera.ui.views.codebook";

    private Composite holder;
    private TreeViewer viewer;
    private Text filter;
    private volatile boolean sameProject;
    private Codebook book = new Codebook(java.util.List.of());
    private CodeCounts codings = CodeCounts.NONE;
    private CodeCounts documents = CodeCounts.NONE;
    /** The code this user's last change made, to be shown and chosen at the next refresh. */
    private final java.util.concurrent.atomic.AtomicReference<Long> madeByMe =
            new java.util.concurrent.atomic.AtomicReference<>();
    private tessera.ui.util.Swatches swatches;

    @Override
    public void createPartControl(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(GridLayoutFactory.fillDefaults().spacing(0, 2).create());
        filter = new Text(holder, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.CodebookView_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite treeHolder = new Composite(holder, SWT.NONE);
        treeHolder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TreeColumnLayout layout = new TreeColumnLayout();
        treeHolder.setLayout(layout);
        viewer = new TreeViewer(treeHolder, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setFilters(new CodeNameFilter(() -> book, () -> filter.getText()));
        filter.addListener(SWT.Modify, e -> {
            viewer.refresh();
            viewer.expandAll();
        });
        CodebookDragAndDrop.install(viewer);
        viewer.getTree().setHeaderVisible(true);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return book.roots().toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return book.children(((Code) parentElement).id()).toArray();
            }

            @Override
            public Object getParent(Object element) {
                Long parentId = ((Code) element).parentId();
                return parentId == null ? null : book.get(parentId).orElse(null);
            }

            @Override
            public boolean hasChildren(Object element) {
                return !book.children(((Code) element).id()).isEmpty();
            }
        });
        TreeViewerColumn name = new TreeViewerColumn(viewer, SWT.NONE);
        name.getColumn().setText(Messages.CodebookView_code);
        name.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Code c = (Code) element;
                return c.codable() ? c.name() : NLS.bind(Messages.CodebookView_category, c.name());
            }

            @Override
            public Image getImage(Object element) {
                return swatch(((Code) element).colour());
            }

            @Override
            public String getToolTipText(Object element) {
                String d = ((Code) element).description();
                return d.isEmpty() ? null : d;
            }
        });
        layout.setColumnData(name.getColumn(), new ColumnWeightData(4, 120));
        count(layout, Messages.CodebookView_codings, () -> codings);
        count(layout, Messages.CodebookView_documents, () -> documents);
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        getSite().setSelectionProvider(viewer);
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        startListening();
    }

    private void count(TreeColumnLayout layout, String title, java.util.function.Supplier<CodeCounts> counts) {
        TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.RIGHT);
        c.getColumn().setText(title);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return counts.get().text((Code) element);
            }
        });
        layout.setColumnData(c.getColumn(), new ColumnWeightData(1, 60));
    }

    private Image swatch(String colour) {
        if (swatches == null) {
            swatches = new tessera.ui.util.Swatches(viewer.getControl().getDisplay(), 14);
        }
        return swatches.of(colour);
    }

    @Override
    public void projectOpened(ProjectStore store) {
        sameProject = false; // ids of another project name other codes: nothing stays selected or expanded
        super.projectOpened(store);
    }

    @Override
    protected Control control() {
        return holder;
    }

    @Override
    protected void refresh(ProjectStore store) {
        Object[] expanded = sameProject ? viewer.getExpandedElements() : new Object[0];
        Set<Long> selected = new HashSet<>();
        if (sameProject) {
            viewer.getStructuredSelection().forEach(o -> selected.add(((Code) o).id()));
        }
        sameProject = true;
        book = store == null ? new Codebook(java.util.List.of()) : store.codebook();
        codings = store == null ? CodeCounts.NONE : CodeCounts.codings(book, session.tally());
        documents = store == null ? CodeCounts.NONE : CodeCounts.documents(book, session.tally());
        if (viewer.getInput() == null) {
            viewer.setInput(this); // the content provider reads the current codebook; refreshes keep the selection
        } else {
            viewer.refresh();
        }
        if (expanded.length == 0) {
            viewer.expandAll();
        } else {
            Set<Long> ids = new HashSet<>();
            for (Object o : expanded) {
                ids.add(((Code) o).id());
            }
            viewer.setExpandedElements(book.inOrder().stream().filter(c -> ids.contains(c.id())).toArray());
        }
        // Codes are values: a renamed code is a new record, so the selection is kept by id.
        List<Code> keep = book.inOrder().stream().filter(c -> selected.contains(c.id())).toList();
        Long made = madeByMe.getAndSet(null);
        if (made != null && book.get(made).isPresent()) {
            // a code the user just made (New Code, Quick Code, in vivo) is shown and chosen, wherever it lies
            viewer.setSelection(new StructuredSelection(book.get(made).get()), true);
        } else if (!keep.equals(viewer.getStructuredSelection().toList())) {
            viewer.setSelection(new StructuredSelection(keep));
        }
    }

    /** A change of codings alone moves counts: only the codes whose counts moved, and those above them, are relabelled. */
    @Override
    protected boolean follow(Applied applied) {
        if (!onlyCodings(applied)) {
            return false;
        }
        Set<Long> moved = CodingTally.moved(applied).codes();
        Set<Long> touched = codings.moved(moved);
        documents.moved(moved);
        // a named property, not null: null would filter the whole tree again
        viewer.update(book.inOrder().stream().filter(c -> touched.contains(c.id())).toArray(), new String[] {"count"});
        return true;
    }

    @Override
    public void changed(Applied applied) {
        ProjectStore store = session.store().orElse(null);
        if (store != null && applied.entry().coder().equals(store.coderName())
                && applied.entry().kind() != tessera.core.model.ChangeLogEntry.Kind.UNDO) {
            applied.firstInserted(tessera.core.store.Table.CODE).ifPresent(madeByMe::set);
        }
        super.changed(applied);
    }

    /** For tests: the codes chosen in the tree. */
    public List<Code> selection() {
        return viewer.getStructuredSelection().toList().stream().map(Code.class::cast).toList();
    }

    /** Shows only the codes whose name holds the text, with their ancestors; empty shows all. */
    public void setFilter(String text) {
        filter.setText(text);
    }

    /** For tests: the tree viewer. */
    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void dispose() {
        if (swatches != null) {
            swatches.dispose();
        }
        super.dispose();
    }
}
