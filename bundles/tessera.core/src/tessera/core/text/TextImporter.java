package tessera.core.text;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import tessera.core.store.Applied;
import tessera.core.store.ProjectStore;
import tessera.core.store.StoreException;
import tessera.core.store.Table;

/**
 * Imports plain-text files, each in its own transaction: a file that cannot be read or decoded is reported with
 * its reason and imports nothing, and does not stop the others. Cancelling stops before the next file.
 */
public final class TextImporter {

    private TextImporter() {
    }

    public record Imported(Path file, long documentId, String name, String charset, String language, int length) {
    }

    public record Failed(Path file, String reason) {
    }

    public record Report(List<Imported> imported, List<Failed> failed, boolean cancelled) {
    }

    public static Report importFiles(ProjectStore store, List<Path> files, Charset charset, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing documents", files.size());
        List<Imported> imported = new ArrayList<>();
        List<Failed> failed = new ArrayList<>();
        for (Path file : files) {
            if (progress.isCanceled()) {
                return new Report(imported, failed, true);
            }
            progress.subTask(file.getFileName().toString());
            try {
                TextImport.Imported read = TextImport.read(file, charset);
                Applied applied = store.apply(read.operation());
                var op = read.operation();
                imported.add(new Imported(file, applied.inserted(Table.DOCUMENT), op.name(), read.charset(), op.language(),
                        op.text().codePointCount(0, op.text().length())));
            } catch (UndecodableTextException | IOException e) {
                failed.add(new Failed(file, e.getMessage()));
            } catch (StoreException e) {
                failed.add(new Failed(file, file + ": " + e.getMessage()));
            }
            progress.worked(1);
        }
        return new Report(imported, failed, false);
    }
}
