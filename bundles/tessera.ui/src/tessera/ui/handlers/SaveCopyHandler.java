package tessera.ui.handlers;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import tessera.core.store.ProjectStore;
import tessera.core.store.StoreException;
import tessera.ui.internal.Messages;

/** File > Save a Copy...: a consistent copy of the open project (with its history), e.g. for a second coder. */
public final class SaveCopyHandler extends ProjectFileHandler {

    @Override
    protected int style() {
        return SWT.SAVE;
    }

    @Override
    protected void prepare(FileDialog dialog, ProjectStore store) {
        dialog.setText(Messages.SaveCopy_title);
        dialog.setFilterPath(tessera.ui.util.Places.folder(store).toString());
        String name = tessera.ui.util.Places.baseName(store);
        dialog.setFileName(NLS.bind(Messages.SaveCopy_suggestedName, name));
        dialog.setOverwrite(false);
    }

    @Override
    protected void run(ProjectStore store, String file, Shell shell) {
        Path target = Path.of(file.endsWith(".tessera") ? file : file + ".tessera");
        try {
            store.copyTo(target);
            MessageDialog.openInformation(shell, Messages.SaveCopy_title, NLS.bind(Messages.SaveCopy_done, target));
        } catch (StoreException e) {
            MessageDialog.openError(shell, Messages.SaveCopy_failed, e.getMessage());
        }
    }
}
