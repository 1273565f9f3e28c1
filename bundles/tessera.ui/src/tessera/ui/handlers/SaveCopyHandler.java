package tessera.ui.handlers;

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

import tessera.core.store.ProjectStore;
import tessera.core.store.StoreException;
import tessera.ui.internal.Messages;
import tessera.ui.session.ProjectSession;

/** File > Save a Copy...: a consistent copy of the open project (with its history), e.g. for a second coder. */
public final class SaveCopyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ProjectStore store = ProjectSession.in(PlatformUI.getWorkbench()).store().orElse(null);
        if (store == null) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.SaveCopy_title);
        dialog.setFilterExtensions(new String[] {"*.tessera"});
        dialog.setFilterPath(store.path().toAbsolutePath().getParent().toString());
        String name = store.path().getFileName().toString().replaceFirst("\\.tessera$", "");
        dialog.setFileName(NLS.bind(Messages.SaveCopy_suggestedName, name));
        dialog.setOverwrite(false);
        String file = dialog.open();
        if (file == null) {
            return null;
        }
        Path target = Path.of(file.endsWith(".tessera") ? file : file + ".tessera");
        try {
            store.copyTo(target);
            MessageDialog.openInformation(shell, Messages.SaveCopy_title, NLS.bind(Messages.SaveCopy_done, target));
        } catch (StoreException e) {
            MessageDialog.openError(shell, Messages.SaveCopy_failed, e.getMessage());
        }
        return null;
    }

    @Override
    public boolean isEnabled() {
        return ProjectSession.in(PlatformUI.getWorkbench()).store().isPresent();
    }
}
