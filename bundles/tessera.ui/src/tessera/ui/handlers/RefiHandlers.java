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
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.core.store.ProjectStore;
import tessera.exchange.refi.QdpxExporter;
import tessera.exchange.refi.QdpxImporter;
import tessera.ui.internal.Messages;
import tessera.ui.session.Sessions;

/** File > Import/Export REFI-QDA Project: .qdpx exchange with NVivo, ATLAS.ti, MAXQDA and QualCoder, as Jobs. */
public final class RefiHandlers {

    private RefiHandlers() {
    }

    private abstract static class Base extends AbstractHandler {
        @Override
        public final Object execute(ExecutionEvent event) {
            ProjectStore store = Sessions.get().store().orElse(null);
            Shell shell = HandlerUtil.getActiveShell(event);
            if (store == null) {
                return null;
            }
            FileDialog d = new FileDialog(shell, style());
            d.setFilterExtensions(new String[] {"*.qdpx"});
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

        abstract int style();

        /** Does the work; returns what to tell the user. */
        abstract String run(ProjectStore store, Path file) throws Exception;
    }

    /** Imports a .qdpx into the open project, in one undoable step, and lists what was left out. */
    public static final class Import extends Base {
        @Override
        int style() {
            return SWT.OPEN;
        }

        @Override
        String run(ProjectStore store, Path file) throws Exception {
            QdpxImporter.Result r = QdpxImporter.importInto(store, file);
            return NLS.bind(Messages.Refi_imported, new Object[] {r.model().sources().size(),
                r.origin().isEmpty() ? file.getFileName() : r.origin(),
                r.skipped().isEmpty() ? "" : "\n\n" + Messages.Import_failed + "\n" + String.join("\n", r.skipped())});
        }
    }

    /** Writes the open project as a .qdpx. */
    public static final class Export extends Base {
        @Override
        int style() {
            return SWT.SAVE;
        }

        @Override
        String run(ProjectStore store, Path file) throws Exception {
            return NLS.bind(Messages.Refi_exported, QdpxExporter.export(store, file));
        }
    }
}
