package tessera.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.core.store.ProjectStore;
import tessera.core.store.StoreException;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.internal.Messages;
import tessera.ui.session.ProjectSession;

/**
 * A command on the active document editor: it runs only with an editor and an open project, and a refused
 * operation (a range already coded, a code that only groups others) is shown, not thrown.
 */
abstract class EditorHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) {
        ProjectStore store = ProjectSession.in(PlatformUI.getWorkbench()).store().orElse(null);
        if (!(HandlerUtil.getActiveEditor(event) instanceof DocumentEditor editor) || store == null) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        try {
            run(event, editor, store, shell);
        } catch (StoreException e) {
            MessageDialog.openError(shell, Messages.Code_title, e.getMessage());
        }
        return null;
    }

    abstract void run(ExecutionEvent event, DocumentEditor editor, ProjectStore store, Shell shell);

    static void tell(Shell shell, String message) {
        MessageDialog.openInformation(shell, Messages.Code_title, message);
    }
}
