package tessera.ui.session;

import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import tessera.core.store.ProjectStore;
import tessera.index.ProjectIndex;

/**
 * The search index of the project open in the workbench: opened (built or caught up when needed) in a background
 * Job with progress whenever a project is opened, so the project is usable meanwhile; closed with its project.
 */
public final class SearchIndexes {

    /** The family of the Job that opens an index, for tests that wait for it. */
    public static final Object FAMILY = SearchIndexes.class;

    private volatile CompletableFuture<ProjectIndex> current = CompletableFuture.completedFuture(null);
    private Job opening;

    /** The index, once it is ready; null while it is being built or when no project is open. */
    public ProjectIndex ready() {
        CompletableFuture<ProjectIndex> f = current;
        return f.isDone() && !f.isCompletedExceptionally() ? f.join() : null;
    }

    /** Why there is no index: the failure of its last opening, or null. */
    public String problem() {
        CompletableFuture<ProjectIndex> f = current;
        if (!f.isCompletedExceptionally()) {
            return null;
        }
        try {
            f.join();
            return null;
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause.getMessage();
        }
    }

    /** Opens the index of a project just opened, in the background. */
    synchronized void open(ProjectStore store) {
        close();
        CompletableFuture<ProjectIndex> next = new CompletableFuture<>();
        current = next;
        if (store == null) {
            next.complete(null);
            return;
        }
        Job job = new Job("Opening the search index") {
            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                try {
                    next.complete(ProjectIndex.open(store, monitor));
                    return Status.OK_STATUS;
                } catch (RuntimeException e) {
                    next.completeExceptionally(e); // the Search view says why
                    return Status.OK_STATUS;
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(false);
        opening = job;
        job.schedule();
    }

    /** Closes the index (cancelling its opening if it is still being built), before its project is closed. */
    synchronized void close() {
        if (opening != null) {
            opening.cancel();
            try {
                opening.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            opening = null;
        }
        ProjectIndex old = ready();
        if (old != null) {
            old.close();
        }
        current = CompletableFuture.completedFuture(null);
    }
}
