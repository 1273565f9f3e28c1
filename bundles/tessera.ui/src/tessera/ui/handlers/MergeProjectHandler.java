package tessera.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import tessera.core.merge.MergeProject;
import tessera.core.merge.MergeReport;
import tessera.core.merge.ProjectSnapshot;
import tessera.core.store.Applied;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.StoreException;
import tessera.ui.internal.Messages;

/**
 * File > Merge Project...: a coder's copy into the open project, as a Job and one undoable step, with a report of
 * what came in, what was there already and where the copies disagree.
 */
public final class MergeProjectHandler extends ProjectFileHandler {

    @Override
    protected int style() {
        return SWT.OPEN;
    }

    @Override
    protected void prepare(FileDialog dialog, ProjectStore store) {
        dialog.setText(Messages.Merge_title);
    }

    @Override
    protected void run(ProjectStore store, String file, Shell shell) {
        job(store, Path.of(file), shell).schedule();
    }

    /** The merge as a user Job; its report (or why it failed) is shown when it is done. */
    public static Job job(ProjectStore store, Path other, Shell shell) {
        Job job = Job.create(NLS.bind(Messages.Merge_job, other.getFileName()), monitor -> {
            try {
                ProjectSnapshot snapshot;
                try (ProjectStore copy = ProjectStores.open(other, store.coderName())) {
                    snapshot = ProjectSnapshot.of(copy, other.getFileName().toString());
                }
                MergeProject merge = new MergeProject(snapshot);
                Applied applied = store.apply(merge);
                show(shell, () -> MessageDialog.openInformation(shell, Messages.Merge_title,
                        report(merge.report(), applied.entry() != null)));
            } catch (StoreException e) {
                show(shell, () -> MessageDialog.openError(shell, Messages.Merge_title, e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        return job;
    }

    static String report(MergeReport r, boolean changed) {
        if (!changed) {
            return Messages.Merge_nothing;
        }
        StringBuilder b = new StringBuilder(NLS.bind(Messages.Merge_counts, new Object[] {
            r.addedOf(MergeReport.Kind.DOCUMENTS), r.addedOf(MergeReport.Kind.CODES),
            r.addedOf(MergeReport.Kind.CODINGS), r.addedOf(MergeReport.Kind.MEMOS),
            r.matchedOf(MergeReport.Kind.CODINGS)}));
        if (!r.conflicts().isEmpty()) {
            b.append("\n\n").append(Messages.Merge_conflicts);
            r.conflicts().forEach(c -> b.append("\n- ").append(c));
        }
        return b.toString();
    }

    private static void show(Shell shell, Runnable dialog) {
        if (shell != null && !shell.isDisposed()) {
            shell.getDisplay().asyncExec(dialog);
        }
    }
}
