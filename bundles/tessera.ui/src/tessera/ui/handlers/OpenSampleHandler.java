package tessera.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.core.store.ProjectStore;
import tessera.core.store.StoreException;
import tessera.ui.internal.Messages;
import tessera.ui.session.ProjectSession;
import tessera.ui.session.SampleLocation;

/** File > Open Sample Project: the bundled sample, made in the Tessera folder the first time. */
public final class OpenSampleHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        open(HandlerUtil.getActiveShell(event), SampleLocation.sampleFile());
        return null;
    }

    public static boolean open(Shell shell, Path sample) {
        try {
            ProjectStore created = SampleLocation.createIfMissing(sample, ProjectSession.defaultCoder());
            if (created != null) {
                ProjectSession.in(PlatformUI.getWorkbench()).use(created);
                return true;
            }
            return OpenProjectHandler.open(shell, sample);
        } catch (IOException | StoreException e) {
            MessageDialog.openError(shell, Messages.OpenProject_failed, sample + ": " + e.getMessage());
            return false;
        }
    }
}
