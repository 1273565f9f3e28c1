package tessera.ui.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.core.model.Document;
import tessera.core.model.OriginalFile;
import tessera.core.store.ProjectStore;
import tessera.ui.internal.Messages;
import tessera.ui.session.ProjectSession;
import tessera.ui.views.DocumentRow;

/** Documents > Export Original File...: writes the file a document was imported from, byte for byte. */
public final class ExportOriginalHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ProjectStore store = ProjectSession.in(PlatformUI.getWorkbench()).store().orElse(null);
        Shell shell = HandlerUtil.getActiveShell(event);
        if (store == null || !(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s)
                || !(s.getFirstElement() instanceof DocumentRow row)) {
            return null;
        }
        Document d = row.document();
        OriginalFile original = store.original(d.id()).orElse(null);
        if (original == null) {
            MessageDialog.openInformation(shell, Messages.ExportOriginal_title,
                    NLS.bind(Messages.ExportOriginal_none, d.name()));
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.ExportOriginal_title);
        dialog.setFileName(original.name());
        dialog.setOverwrite(true);
        String target = dialog.open();
        if (target != null) {
            try {
                Files.write(Path.of(target), original.content());
            } catch (IOException e) {
                MessageDialog.openError(shell, Messages.ExportOriginal_title, target + ": " + e.getMessage());
            }
        }
        return null;
    }
}
