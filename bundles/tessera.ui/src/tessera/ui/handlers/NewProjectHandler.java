package tessera.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.core.store.ProjectStores;
import tessera.core.store.StoreException;
import tessera.ui.internal.Messages;
import tessera.ui.session.ProjectSession;

/** File > New Project...: a new, empty project file, named after the file, opened in place of the current one. */
public final class NewProjectHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.NewProject_title);
        dialog.setFilterExtensions(new String[] {"*.tessera"});
        dialog.setFileName(Messages.NewProject_defaultName + ".tessera");
        String file = dialog.open();
        if (file != null) {
            create(shell, Path.of(file.endsWith(".tessera") ? file : file + ".tessera"));
        }
        return null;
    }

    /** Creates and opens the project; an existing file is refused, never overwritten. */
    public static boolean create(Shell shell, Path file) {
        if (Files.exists(file)) {
            MessageDialog.openError(shell, Messages.NewProject_title, NLS.bind(Messages.NewProject_exists, file));
            return false;
        }
        String name = file.getFileName().toString().replaceFirst("\\.tessera$", "");
        try {
            ProjectSession session = ProjectSession.in(PlatformUI.getWorkbench());
            session.use(ProjectStores.create(file, name, ProjectSession.defaultCoder()));
            return true;
        } catch (StoreException e) {
            MessageDialog.openError(shell, Messages.NewProject_title, e.getMessage());
            return false;
        }
    }
}
