package tessera.ui.export;

import java.io.IOException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import tessera.core.store.ProjectReader;
import tessera.exchange.export.Exporter;
import tessera.ui.internal.Messages;

/**
 * Runs an export in the background with progress and cancel; the report goes to {@code done}. A failure becomes
 * the job's error status, which the workbench shows to the user.
 */
public final class ExportJob extends Job {

    private final ProjectReader project;
    private final ExportRequest request;
    private final Consumer<Exporter.Report> done;

    public ExportJob(ProjectReader project, ExportRequest request, Consumer<Exporter.Report> done) {
        super(NLS.bind(Messages.Export_job, request.file().getFileName()));
        this.project = project;
        this.request = request;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            Exporter.Report report = Exporter.export(project, request.kinds(), request.format(), request.file(),
                    request.filter(), request.options(), monitor);
            done.accept(report);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            return Status.error(Messages.Export_failed + ": " + e.getMessage(), e);
        }
    }
}
