package tessera.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.core.store.StoreException;
import tessera.ui.internal.Messages;
import tessera.ui.session.ProjectSession;

/** File > Open Project...: picks a .tessera file and opens it in place of the current project. */
public final class OpenProjectHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(Messages.OpenProject_title);
        dialog.setFilterExtensions(new String[] {"*.tessera", "*"});
        String file = dialog.open();
        if (file != null) {
            open(shell, Path.of(file));
        }
        return null;
    }

    /** Opens a project, telling the user in a dialog why when it cannot be opened. */
    public static boolean open(Shell shell, Path file) {
        try {
            ProjectSession.in(PlatformUI.getWorkbench()).open(file, ProjectSession.defaultCoder());
            return true;
        } catch (StoreException e) {
            MessageDialog.openError(shell, Messages.OpenProject_failed, e.getMessage());
            return false;
        }
    }
}
