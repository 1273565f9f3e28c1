package tessera.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.ServerAddress;
import tessera.core.store.StoreException;
import tessera.ui.internal.Messages;
import tessera.ui.session.ProjectSession;

/**
 * File > Open Team Project...: a project on a PostgreSQL server, by its address. The password comes from the
 * address, .pgpass or pg_service.conf; when the server still asks for one, the user types it in a masked field.
 * It is kept only in memory while the project is open, never stored, never shown.
 */
public final class OpenTeamProjectHandler extends AbstractHandler {

    private static String lastAddress = "postgresql://";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        InputDialog ask = new InputDialog(shell, Messages.TeamProject_title, Messages.TeamProject_address, lastAddress,
                OpenTeamProjectHandler::problem);
        if (ask.open() == Window.OK) {
            lastAddress = ask.getValue().strip();
            open(shell, ServerAddress.parse(lastAddress));
        }
        return null;
    }

    private static String problem(String value) {
        try {
            ServerAddress.parse(value.strip());
            return null;
        } catch (StoreException e) {
            return e.getMessage();
        }
    }

    /** Opens the team project in a Job; asks for a password when the server wants one; says why when it fails. */
    public static Job open(Shell shell, ServerAddress address) {
        Job job = Job.create(Messages.TeamProject_opening, monitor -> {
            try {
                ProjectStore store = ProjectStores.open(address, null);
                shell.getDisplay().asyncExec(() -> ProjectSession.in(PlatformUI.getWorkbench()).use(store));
            } catch (StoreException e) {
                shell.getDisplay().asyncExec(() -> failed(shell, address, e));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void failed(Shell shell, ServerAddress address, StoreException e) {
        if (shell.isDisposed()) {
            return;
        }
        if (e.reason() == StoreException.Reason.LOGIN && address.password() == null) {
            PasswordDialog ask = new PasswordDialog(shell, address);
            if (ask.open() == Window.OK) {
                open(shell, address.withPassword(ask.getValue()));
            }
            return;
        }
        MessageDialog.openError(shell, Messages.OpenProject_failed, e.getMessage());
    }

    /** An input dialog whose text is masked. */
    static final class PasswordDialog extends InputDialog {

        PasswordDialog(Shell shell, ServerAddress address) {
            this(shell, Messages.TeamProject_title, org.eclipse.osgi.util.NLS.bind(Messages.TeamProject_password,
                    address));
        }

        PasswordDialog(Shell shell, String title, String message) {
            super(shell, title, message, "", null);
        }

        @Override
        protected int getInputTextStyle() {
            return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Control area = super.createDialogArea(parent);
            Text text = getText();
            text.setMessage(Messages.TeamProject_passwordHint);
            return area;
        }
    }
}
