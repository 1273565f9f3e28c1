package tessera.ui.wizards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Shell;

import tessera.core.store.ProjectStore;
import tessera.ui.internal.Messages;

/**
 * File > Import...: documents (txt, md, html, docx, pdf), REFI-QDA codebooks (.qdc, merged into the codebook) and
 * REFI-QDA projects (.qdpx) into the open project. Finishing starts an {@link ImportJob}; its report opens when
 * it ends.
 */
public final class ImportWizard extends Wizard {

    private final ProjectStore store;
    private final ImportFilesPage page;

    public ImportWizard(ProjectStore store, List<Path> files) {
        this.store = store;
        this.page = new ImportFilesPage(files);
        setWindowTitle(Messages.ImportWizard_title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Shell shell = getShell().getParent() instanceof Shell parent ? parent : getShell();
        start(store, page.files(), page.charset(), shell);
        return true;
    }

    /** Starts the import Job; when it ends, its report opens over {@code shell} (none when shell is null). */
    public static ImportJob start(ProjectStore store, List<Path> files, java.nio.charset.Charset charset, Shell shell) {
        ImportJob job = new ImportJob(store, files, charset, report -> {
            if (shell != null && !shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        new ImportReportDialog(shell, report).open();
                    }
                });
            }
        });
        job.schedule();
        return job;
    }

    /** For tests: the page. */
    ImportFilesPage page() {
        return page;
    }
}
