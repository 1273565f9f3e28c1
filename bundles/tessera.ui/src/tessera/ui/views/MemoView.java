package tessera.ui.views;

import java.util.Optional;
import java.util.stream.Collectors;

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
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;

import tessera.core.model.Code;
import tessera.core.model.Coding;
import tessera.core.model.Memo;
import tessera.core.model.MemoTarget;
import tessera.core.ops.AddMemo;
import tessera.core.ops.DeleteMemo;
import tessera.core.ops.EditMemo;
import tessera.core.store.ProjectStore;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.internal.Messages;

/**
 * The current coder's memo on what was last selected (a document in Documents, a code in the Codebook, a coding on the editor's stripes; the project
 * at first, or with the Project button), with other coders' memos there beneath. Leaving a changed memo for another selection saves it, so
 * nothing typed is lost; each save is one undoable operation, and emptying a memo deletes it.
 */
public final class MemoView extends ProjectView implements ISelectionListener {

    public static final String ID = "tessera.ui.views.memo";

    private Composite holder;
    private Label title;
    private Text text;
    private Label others;
    private MemoTarget target = MemoTarget.PROJECT;
    private String loaded = "";

    @Override
    public void createPartControl(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new GridLayout(3, false));
        title = new Label(holder, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button project = new Button(holder, SWT.PUSH);
        project.setText(Messages.Memo_projectButton);
        project.addListener(SWT.Selection, e -> show(MemoTarget.PROJECT));
        Button save = new Button(holder, SWT.PUSH);
        save.setText(Messages.Memo_save);
        save.addListener(SWT.Selection, e -> save());
        text = new Text(holder, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        text.addListener(SWT.FocusOut, e -> save());
        others = new Label(holder, SWT.WRAP);
        others.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        // All selections, filtered below: a listener for one part id set before that part exists is not told.
        getSite().getWorkbenchWindow().getSelectionService().addSelectionListener(this);
        startListening();
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (!(part instanceof DocumentsView) && !(part instanceof CodebookView) && !(part instanceof DocumentEditor)) {
            return;
        }
        // An empty selection (a view refreshing, a click on blank space) keeps the memo in view.
        Object first = selection instanceof IStructuredSelection s && !s.isEmpty() ? s.getFirstElement() : null;
        if (first instanceof DocumentRow row) {
            show(MemoTarget.document(row.document().id()));
        } else if (first instanceof Code code) {
            show(MemoTarget.code(code.id()));
        } else if (first instanceof Coding coding) {
            show(MemoTarget.coding(coding.id()));
        }
    }

    /** Saves what was typed on the current target, then shows the memos on {@code next}. */
    public void show(MemoTarget next) {
        save();
        target = next;
        refresh(session.store().orElse(null));
    }

    @Override
    public void projectOpened(ProjectStore store) {
        Runnable reset = () -> {
            target = MemoTarget.PROJECT; // the new project's ids name other things
            loaded = "";
            if (!text.isDisposed()) {
                text.setText("");
            }
        };
        if (text != null && !text.isDisposed()) {
            if (org.eclipse.swt.widgets.Display.getCurrent() != null) {
                reset.run(); // now, before a selection in the new project can set the target
            } else {
                text.getDisplay().asyncExec(reset);
            }
        }
        super.projectOpened(store);
    }

    @Override
    protected Control control() {
        return holder;
    }

    @Override
    protected void refresh(ProjectStore store) {
        if (store == null) {
            title.setText("");
            text.setText("");
            loaded = "";
            return;
        }
        if (!text.getText().equals(loaded)) {
            return; // the user is typing: the text stays until it is saved
        }
        title.setText(switch (target.kind()) {
            case DOCUMENT -> NLS.bind(Messages.Memo_document, store.document(target.id()).map(d -> d.name()).orElse(""));
            case CODE -> NLS.bind(Messages.Memo_code, store.codebook().path(target.id()));
            case CODING -> store.coding(target.id()).map(c -> NLS.bind(Messages.Memo_coding, new Object[] {
                store.codebook().path(c.codeId()), store.document(c.documentId()).map(d -> d.name()).orElse(""),
                c.start()})).orElse(Messages.Memo_project);
            default -> Messages.Memo_project;
        });
        loaded = mine(store).map(Memo::text).orElse("");
        text.setText(loaded);
        var names = store.coderNames();
        long me = myId(store);
        String rest = store.memos(target).stream().filter(m -> m.coderId() != me)
                .map(m -> names.get(m.coderId()) + ": " + m.text()).collect(Collectors.joining("\n"));
        others.setText(rest.isEmpty() ? "" : Messages.Memo_others + "\n" + rest);
        holder.layout();
    }

    private Optional<Memo> mine(ProjectStore store) {
        long me = myId(store);
        return store.memos(target).stream().filter(m -> m.coderId() == me).findFirst();
    }

    /** The current coder's id; -1 before the coder has written anything in this project. */
    private static long myId(ProjectStore store) {
        return store.coderByName(store.coderName()).map(c -> c.id()).orElse(-1L);
    }

    /** Writes the memo if it changed: added, edited, or deleted when emptied. */
    public void save() {
        ProjectStore store = session == null ? null : session.store().orElse(null);
        if (store == null || text == null || text.isDisposed() || text.getText().equals(loaded)) {
            return;
        }
        String typed = text.getText();
        Optional<Memo> existing = mine(store);
        loaded = typed;
        if (existing.isPresent()) {
            store.apply(typed.isBlank() ? new DeleteMemo(existing.get().id()) : new EditMemo(existing.get().id(), typed));
        } else if (!typed.isBlank()) {
            store.apply(new AddMemo(target, typed));
        }
    }

    /** For tests. */
    public Text text() {
        return text;
    }

    @Override
    public void dispose() {
        save();
        getSite().getWorkbenchWindow().getSelectionService().removeSelectionListener(this);
        super.dispose();
    }
}
