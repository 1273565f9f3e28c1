package tessera.ui.handlers;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import tessera.core.store.Operation;
import tessera.core.store.ProjectStore;
import tessera.core.store.StoreException;

/**
 * Applies an operation that may touch many rows (deleting or merging a code with thousands of codings) in a
 * user Job, so that the workbench keeps painting and shows progress while the transaction runs; a refusal is
 * shown once it is known. One transaction cannot be stopped halfway, so the Job offers no cancel.
 */
public final class OperationJob extends Job {

    /** The family of these jobs, e.g. for tests that wait for them. */
    public static final Object FAMILY = OperationJob.class;

    private final ProjectStore store;
    private final Operation operation;
    private final Shell shell;
    private final String title;

    OperationJob(ProjectStore store, Operation operation, Shell shell, String title) {
        super(operation.label().localized());
        this.store = store;
        this.operation = operation;
        this.shell = shell;
        this.title = title;
        setUser(true);
    }

    /** Applies the operation in the background; a refusal is shown in a dialog with this title. */
    public static void start(ProjectStore store, Operation operation, Shell shell, String title) {
        new OperationJob(store, operation, shell, title).schedule();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(operation.label().localized(), IProgressMonitor.UNKNOWN);
        try {
            store.apply(operation);
            return Status.OK_STATUS;
        } catch (StoreException e) {
            if (shell != null && !shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, title, e.getMessage()));
            }
            return Status.OK_STATUS; // shown in the dialog; not again in the error log
        } finally {
            monitor.done();
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
