package tessera.ui.handlers;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.core.store.ProjectStore;
import tessera.core.text.TextImporter;
import tessera.exchange.importer.DocumentImporter;
import tessera.ui.internal.Messages;
import tessera.ui.session.Sessions;

/**
 * File > Import Documents...: text, Markdown, HTML, Word and PDF files into the open project, as a Job with
 * progress and cancel; at the end a report names every file that was not imported and why.
 */
public final class ImportDocumentsHandler extends AbstractHandler {

    /** The family of import Jobs, for tests. */
    public static final Object FAMILY = ImportDocumentsHandler.class;

    @Override
    public Object execute(ExecutionEvent event) {
        ProjectStore store = Sessions.get().store().orElse(null);
        Shell shell = HandlerUtil.getActiveShell(event);
        if (store == null) {
            return null;
        }
        FileDialog d = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        d.setText(Messages.Import_title);
        d.setFilterExtensions(new String[] {"*.txt;*.md;*.markdown;*.html;*.htm;*.docx;*.pdf", "*.*"});
        if (d.open() == null) {
            return null;
        }
        List<Path> files = Arrays.stream(d.getFileNames()).map(n -> Path.of(d.getFilterPath(), n)).toList();
        schedule(store, files, shell);
        return null;
    }

    /** Imports the files in a Job and reports, on the UI thread, what was not imported. */
    public static Job schedule(ProjectStore store, List<Path> files, Shell shell) {
        Job job = new Job(Messages.Import_title) {
            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                TextImporter.Report report = DocumentImporter.importFiles(store, files, null, monitor);
                if (shell != null && !shell.isDisposed()) {
                    shell.getDisplay().asyncExec(() -> tell(shell, report));
                }
                return report.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void tell(Shell shell, TextImporter.Report report) {
        String summary = NLS.bind(Messages.Import_done, report.imported().size());
        if (report.failed().isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Import_title, summary);
        } else {
            MessageDialog.openWarning(shell, Messages.Import_title, summary + "\n\n" + Messages.Import_failed + "\n"
                    + report.failed().stream().map(TextImporter.Failed::reason).collect(Collectors.joining("\n")));
        }
    }
}
