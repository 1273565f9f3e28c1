package tessera.ui.handlers;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectSync;
import tessera.core.store.ServerAddress;
import tessera.core.store.StoreException;
import tessera.ui.internal.Messages;
import tessera.ui.session.ProjectSession;

/**
 * Team > Synchronize: brings the open offline copy of a team project and its server together (see
 * {@link ProjectSync}) in a Job: the copy is closed meanwhile and opened again afterwards, with everyone's changes;
 * a report lists the conflicts.
 */
public final class SynchronizeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ProjectSession session = ProjectSession.in(PlatformUI.getWorkbench());
        ProjectStore store = session.store().orElse(null);
        if (store == null || ProjectSync.originOf(store).isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Sync_title, Messages.Sync_notACopy);
            return null;
        }
        synchronize(shell, store.path(), store.coderName(), UnaryOperator.identity());
        return null;
    }

    /** Runs the sync in a Job; asks for the server's password when it wants one; reopens the copy after. */
    public static Job synchronize(Shell shell, Path copy, String coder, UnaryOperator<ServerAddress> password) {
        ProjectSession session = ProjectSession.in(PlatformUI.getWorkbench());
        session.close();
        Job job = Job.create(Messages.Sync_running, monitor -> {
            ProjectSync.Report report = null;
            StoreException failure = null;
            try {
                report = ProjectSync.sync(copy, password, coder);
            } catch (StoreException e) {
                failure = e;
            }
            ProjectSync.Report done = report;
            StoreException failed = failure;
            shell.getDisplay().asyncExec(() -> finish(shell, copy, coder, done, failed));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void finish(Shell shell, Path copy, String coder, ProjectSync.Report report,
            StoreException failure) {
        OpenProjectHandler.open(shell, copy);
        if (failure != null && failure.reason() == StoreException.Reason.LOGIN) {
            var ask = new OpenTeamProjectHandler.PasswordDialog(shell, Messages.Sync_title, failure.getMessage());
            if (ask.open() == Window.OK) {
                String secret = ask.getValue();
                synchronize(shell, copy, coder, a -> a.withPassword(secret));
            }
            return;
        }
        if (failure != null) {
            MessageDialog.openError(shell, Messages.Sync_title, failure.getMessage());
            return;
        }
        String text = NLS.bind(Messages.Sync_done, report.pushed(), report.pulled());
        if (!report.conflicts().isEmpty()) {
            text += "\n\n" + NLS.bind(Messages.Sync_conflicts, report.conflicts().size()) + "\n"
                    + String.join("\n", report.conflicts());
        }
        MessageDialog.openInformation(shell, Messages.Sync_title, text);
    }
}
