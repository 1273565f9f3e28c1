package tessera.app.cli;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs long CLI work (import, batch coding) as an Eclipse Job, as the workbench does, and cancels it on Ctrl-C:
 * the work stops between two transactions, so what was committed stays and nothing is half written.
 */
final class CliJob {

    /** Work that checks its monitor for cancellation between steps. */
    @FunctionalInterface
    interface Work<T> {
        T run(IProgressMonitor monitor) throws Exception;
    }

    private CliJob() {
    }

    /** The work's result; null when it was cancelled before it had one. */
    static <T> T run(String name, CliContext ctx, Work<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Job job = Job.create(name, monitor -> {
            try {
                result.set(work.run(monitor));
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                failure.set(e);
                return Status.error(e.getMessage() == null ? e.toString() : e.getMessage(), e);
            } catch (LinkageError | AssertionError e) {
                // A missing class or a broken invariant must reach the user as what it is, not as "cancelled".
                failure.set(new IllegalStateException(e.toString(), e));
                return Status.error(e.toString(), e);
            }
        });
        job.setUser(false);
        Thread cancelOnInterrupt = new Thread(() -> {
            job.cancel();
            try {
                job.join(TimeUnit.SECONDS.toMillis(30), null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tessera-cancel");
        Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
        try {
            job.schedule();
            job.join();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cancelOnInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for the job
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        if (job.getResult() != null && job.getResult().getSeverity() == IStatus.CANCEL) {
            ctx.err.println("tessera: " + name + " cancelled; what was done before is kept");
        }
        return result.get();
    }
}
