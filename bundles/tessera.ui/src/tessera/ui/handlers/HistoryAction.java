package tessera.ui.handlers;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

import tessera.core.store.Applied;
import tessera.core.store.ProjectStore;
import tessera.ui.internal.Messages;
import tessera.ui.session.ProjectSession;

/**
 * Edit > Undo and Redo as menu items that name the change they take back or make again, in the user's language,
 * renamed after every change (a command contribution's label was set once, at start). Running one runs the undo or
 * redo command, so {@link HistoryHandler} stays the one place that undoes.
 */
public final class HistoryAction extends Action implements ProjectSession.Listener {

    private final IWorkbenchWindow window;
    private final boolean undo;
    private final ProjectSession session = ProjectSession.in(PlatformUI.getWorkbench());

    public HistoryAction(IWorkbenchWindow window, boolean undo) {
        super(undo ? Messages.History_undo : Messages.History_redo);
        this.window = window;
        this.undo = undo;
        setId(undo ? "tessera.ui.undo" : "tessera.ui.redo");
        setActionDefinitionId(undo ? IWorkbenchCommandConstants.EDIT_UNDO : IWorkbenchCommandConstants.EDIT_REDO);
        session.addListener(this);
        update();
    }

    @Override
    public void run() {
        try {
            window.getService(IHandlerService.class).executeCommand(getActionDefinitionId(), null);
        } catch (CommandException e) {
            // not enabled any more (another coder's change came first): the label catches up on its own
        }
    }

    /** The text and enablement for the open project's undo or redo stack. */
    void update() {
        ProjectStore store = session.store().orElse(null);
        String plain = undo ? Messages.History_undo : Messages.History_redo;
        String what = store == null ? "" : (undo ? store.undoLabel() : store.redoLabel()).orElse("");
        setText(HistoryHandler.text(plain, what));
        setEnabled(store != null && (undo ? store.canUndo() : store.canRedo()));
    }

    private void later() {
        Display display = window.getWorkbench().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(this::update);
        }
    }

    @Override
    public void projectOpened(ProjectStore store) {
        later();
    }

    @Override
    public void changed(Applied applied) {
        later();
    }

    /** Stops following the project, when the window closes. */
    public void dispose() {
        session.removeListener(this);
    }
}
