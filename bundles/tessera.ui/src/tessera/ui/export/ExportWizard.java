package tessera.ui.export;

import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;

import tessera.core.store.ProjectStore;
import tessera.exchange.export.Exporter;
import tessera.ui.internal.Messages;

/** Asks what to export and where, then exports in a background job and tells what was written. */
public final class ExportWizard extends Wizard {

    private final ProjectStore store;
    private final IWorkbenchWindow window;
    private ExportWizardPage page;
    private ExportJob job;

    public ExportWizard(ProjectStore store, IWorkbenchWindow window) {
        this.store = store;
        this.window = window;
        setWindowTitle(Messages.Export_title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new ExportWizardPage(store, window);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        ExportRequest request = page.request();
        Display display = getShell().getDisplay();
        job = new ExportJob(store, request, report -> display.asyncExec(() -> tell(report)));
        job.schedule();
        return true;
    }

    private void tell(Exporter.Report report) {
        String message = NLS.bind(Messages.Export_doneMessage,
                report.files().stream().map(Object::toString).collect(Collectors.joining("\n")));
        if (!report.notes().isEmpty()) {
            message += NLS.bind(Messages.Export_notes, String.join("\n", report.notes()));
        }
        if (window != null && !window.getShell().isDisposed()) {
            MessageDialog.openInformation(window.getShell(), Messages.Export_done, message);
        }
    }

    /** The job of the last finish, for tests. */
    public ExportJob job() {
        return job;
    }

    public ExportWizardPage page() {
        return page;
    }
}
