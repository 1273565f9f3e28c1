package tessera.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.core.store.ProjectStore;
import tessera.exchange.refi.QdcExporter;
import tessera.exchange.refi.QdpxExporter;
import tessera.ui.internal.Messages;
import tessera.ui.session.ProjectSession;

/**
 * File > Export REFI-QDA Project (.qdpx) and Codebook (.qdc), for NVivo, ATLAS.ti, MAXQDA and QualCoder, as Jobs.
 * Importing them goes through the import wizard.
 */
public final class RefiHandlers {

    private RefiHandlers() {
    }

    private abstract static class Base extends AbstractHandler {
        @Override
        public final Object execute(ExecutionEvent event) {
            ProjectStore store = ProjectSession.in(PlatformUI.getWorkbench()).store().orElse(null);
            Shell shell = HandlerUtil.getActiveShell(event);
            if (store == null) {
                return null;
            }
            FileDialog d = new FileDialog(shell, SWT.SAVE);
            d.setFilterExtensions(new String[] {"*." + extension()});
            d.setFileName(store.projectName() + "." + extension());
            d.setOverwrite(true);
            String file = d.open();
            if (file == null) {
                return null;
            }
            Job job = Job.create(Messages.Refi_title, monitor -> {
                try {
                    String done = run(store, Path.of(file));
                    shell.getDisplay().asyncExec(() -> MessageDialog.openInformation(shell, Messages.Refi_title, done));
                } catch (Exception e) {
                    shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, Messages.Refi_title,
                            e.getMessage()));
                }
                return Status.OK_STATUS;
            });
            job.setUser(true);
            job.schedule();
            return null;
        }

        abstract String extension();

        /** Does the work; returns what to tell the user. */
        abstract String run(ProjectStore store, Path file) throws Exception;
    }

    /** Writes the open project as a .qdpx. */
    public static final class Export extends Base {
        @Override
        String extension() {
            return "qdpx";
        }

        @Override
        String run(ProjectStore store, Path file) throws Exception {
            return NLS.bind(Messages.Refi_exported, QdpxExporter.export(store, file));
        }
    }

    /** Writes the open project's codebook as a .qdc. */
    public static final class ExportCodebook extends Base {
        @Override
        String extension() {
            return "qdc";
        }

        @Override
        String run(ProjectStore store, Path file) throws Exception {
            return NLS.bind(Messages.Refi_exported, QdcExporter.export(store, file));
        }
    }
}
