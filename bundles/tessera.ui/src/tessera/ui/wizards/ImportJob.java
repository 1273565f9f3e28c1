package tessera.ui.wizards;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import tessera.core.store.ProjectStore;
import tessera.exchange.importer.DocumentImporter;
import tessera.exchange.importer.ImportReport;
import tessera.exchange.refi.QdcImporter;
import tessera.exchange.refi.QdpxImporter;
import tessera.ui.internal.Messages;

/**
 * Imports what the wizard was given, as one Job with progress and cancel: documents first (each its own
 * transaction), then codebooks merged and REFI-QDA projects, each one undoable step. Whatever fails is reported by
 * file and reason and stops nothing; the report goes to {@code done} when the Job ends.
 */
public final class ImportJob extends Job {

    /** The family of import Jobs, for tests and for waiting on them. */
    public static final Object FAMILY = ImportJob.class;

    /** What the import did: lines for what came in, and what did not and why. */
    public record Report(List<String> imported, List<String> failed, List<String> skipped, boolean cancelled) {
    }

    private final ProjectStore store;
    private final List<Path> files;
    private final Charset charset;
    private final Consumer<Report> done;

    public ImportJob(ProjectStore store, List<Path> files, Charset charset, Consumer<Report> done) {
        super(Messages.ImportWizard_title);
        this.store = store;
        this.files = List.copyOf(files);
        this.charset = charset;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        List<Path> documents = files.stream().filter(f -> ImportKind.of(f) != ImportKind.CODEBOOK
                && ImportKind.of(f) != ImportKind.PROJECT).toList();
        List<Path> refi = files.stream().filter(f -> !documents.contains(f)).toList();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.ImportWizard_title, documents.size() + refi.size());
        List<String> imported = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        ImportReport docs = DocumentImporter.importFiles(store, documents, charset,
                progress.split(documents.size()));
        docs.imported().forEach(i -> imported.add(NLS.bind(Messages.ImportWizard_importedDocument, i.name(),
                i.length())));
        docs.failed().forEach(f -> failed.add(f.reason()));
        boolean cancelled = docs.cancelled();
        for (Path f : refi) {
            if (cancelled || progress.isCanceled()) {
                cancelled = true;
                break;
            }
            progress.subTask(f.getFileName().toString());
            try {
                if (ImportKind.of(f) == ImportKind.CODEBOOK) {
                    QdcImporter.Result r = QdcImporter.importInto(store, f);
                    imported.add(NLS.bind(Messages.ImportWizard_importedCodebook, new Object[] {f.getFileName(),
                        r.codesAdded(), r.codesRead() - r.codesAdded(), r.setsAdded()}));
                    r.skipped().forEach(s -> skipped.add(f.getFileName() + ": " + s));
                } else {
                    QdpxImporter.Result r = QdpxImporter.importInto(store, f);
                    imported.add(NLS.bind(Messages.ImportWizard_importedProject, new Object[] {f.getFileName(),
                        r.model().sources().size(), r.origin().isEmpty() ? "?" : r.origin()}));
                    r.skipped().forEach(s -> skipped.add(f.getFileName() + ": " + s));
                }
            } catch (Exception e) {
                failed.add(e.getMessage() == null ? f + ": " + e : e.getMessage());
            }
            progress.worked(1);
        }
        Report report = new Report(imported, failed, skipped, cancelled);
        if (done != null) {
            done.accept(report);
        }
        return cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
