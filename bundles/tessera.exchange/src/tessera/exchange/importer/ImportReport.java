package tessera.exchange.importer;

import java.nio.file.Path;
import java.util.List;

/** What an import of documents did: each file imported, failed or skipped, and whether it was cancelled. */
public record ImportReport(List<Imported> imported, List<Failed> failed, List<Failed> skipped, boolean cancelled) {

    /**
     * A file now in the project.
     *
     * @param renamedFrom the name the file asked for when another document had it, else null
     */
    public record Imported(Path file, long documentId, String name, String charset, String language, int length,
            String renamedFrom) {
    }

    /** A file left out, with why. */
    public record Failed(Path file, String reason) {
    }
}
