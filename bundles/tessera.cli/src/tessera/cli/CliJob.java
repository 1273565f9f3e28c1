package tessera.cli;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Runs long CLI work (import, batch coding, indexing) on a worker thread with a progress monitor that Ctrl-C
 * cancels: the work stops between two transactions, so what was committed stays and nothing is half written.
 * No job manager: the command line runs on a plain class path, without the OSGi services Eclipse Jobs need.
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
        return run(name, ctx, new NullProgressMonitor(), work);
    }

    /** The same, cancelled through {@code cancel} (Ctrl-C cancels it too). */
    static <T> T run(String name, CliContext ctx, NullProgressMonitor cancel, Work<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        IProgressMonitor monitor = new ConsoleProgress(ctx, cancel);
        Thread worker = new Thread(() -> {
            try {
                result.set(work.run(monitor));
            } catch (OperationCanceledException e) {
                cancel.setCanceled(true);
            } catch (Exception | LinkageError | AssertionError e) {
                failure.set(e);
            }
        }, "tessera-" + name);
        // Ctrl-C: ask the work to stop, and let the JVM end only once it has (a transaction is never cut short)
        Thread cancelOnInterrupt = new Thread(() -> {
            cancel.setCanceled(true);
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tessera-cancel");
        Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
        try {
            worker.start();
            worker.join();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cancelOnInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for the worker
            }
        }
        Throwable f = failure.get();
        if (f instanceof Exception e) {
            throw e;
        }
        if (f != null) {
            // a missing class or a broken invariant reaches the user as what it is, not as "cancelled"
            throw new IllegalStateException(f.toString(), f);
        }
        if (cancel.isCanceled()) {
            ctx.err.println("tessera: " + name + " cancelled; what was done before is kept");
        }
        return result.get();
    }
}
