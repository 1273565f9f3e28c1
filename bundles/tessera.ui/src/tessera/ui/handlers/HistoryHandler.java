package tessera.ui.handlers;

import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;

import tessera.core.store.Applied;
import tessera.core.store.ProjectStore;
import tessera.core.store.StoreException;
import tessera.ui.internal.Messages;
import tessera.ui.session.ProjectSession;

/**
 * Edit > Undo and Redo (Ctrl+Z, Ctrl+Y) over the project's change log: the same history as the CLI's undo and
 * redo, kept across restarts. The menu item names the change it would undo.
 */
public abstract class HistoryHandler extends AbstractHandler implements IElementUpdater, ProjectSession.Listener {

    private final ProjectSession session = ProjectSession.in(PlatformUI.getWorkbench());

    HistoryHandler() {
        session.addListener(this);
    }

    abstract boolean possible(ProjectStore store);

    abstract Optional<String> label(ProjectStore store);

    abstract Optional<Applied> step(ProjectStore store);

    abstract String menuText();

    @Override
    public Object execute(ExecutionEvent event) {
        session.store().ifPresent(store -> {
            try {
                step(store);
            } catch (StoreException e) {
                MessageDialog.openError(HandlerUtil.getActiveShell(event), menuText().replace("&", ""), e.getMessage());
            }
        });
        return null;
    }

    @Override
    public boolean isEnabled() {
        return session.store().map(this::possible).orElse(false);
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        element.setText(text(menuText(), session.store().flatMap(this::label).orElse("")));
    }

    /** "&Undo Create code "X"", or the plain command when there is nothing to name; an & in a name stays an &. */
    static String text(String command, String change) {
        return change.isEmpty() ? command : NLS.bind(Messages.History_label, command, change.replace("&", "&&"));
    }

    private void changedState() {
        Display display = Display.getDefault();
        display.asyncExec(() -> fireHandlerChanged(new HandlerEvent(this, true, false)));
    }

    @Override
    public void projectOpened(ProjectStore store) {
        changedState();
    }

    @Override
    public void changed(Applied applied) {
        changedState();
    }

    @Override
    public void dispose() {
        session.removeListener(this);
        super.dispose();
    }

    /** Undo. */
    public static final class Undo extends HistoryHandler {
        @Override
        boolean possible(ProjectStore store) {
            return store.canUndo();
        }

        @Override
        Optional<String> label(ProjectStore store) {
            return store.undoLabel();
        }

        @Override
        Optional<Applied> step(ProjectStore store) {
            return store.undo();
        }

        @Override
        String menuText() {
            return Messages.History_undo;
        }
    }

    /** Redo. */
    public static final class Redo extends HistoryHandler {
        @Override
        boolean possible(ProjectStore store) {
            return store.canRedo();
        }

        @Override
        Optional<String> label(ProjectStore store) {
            return store.redoLabel();
        }

        @Override
        Optional<Applied> step(ProjectStore store) {
            return store.redo();
        }

        @Override
        String menuText() {
            return Messages.History_redo;
        }
    }
}
