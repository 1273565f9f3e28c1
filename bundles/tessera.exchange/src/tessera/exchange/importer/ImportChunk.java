package tessera.exchange.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tessera.core.ops.AddDocument;
import tessera.core.store.Applied;
import tessera.core.store.ProjectStore;
import tessera.core.store.StoreException;
import tessera.core.store.Table;

/** Files read for an import but not yet committed: committed together, each its own change-log entry. */
final class ImportChunk {

    private final List<Path> files = new ArrayList<>();
    private final List<DocumentImporter.Read> reads = new ArrayList<>();
    private long chars;

    void add(Path file, DocumentImporter.Read read) {
        files.add(file);
        reads.add(read);
        chars += read.op().text().length();
    }

    boolean full() {
        return files.size() >= DocumentImporter.CHUNK_FILES || chars >= DocumentImporter.CHUNK_CHARS;
    }

    void commit(ProjectStore store, List<ImportReport.Imported> imported, List<ImportReport.Failed> failed) {
        if (files.isEmpty()) {
            return;
        }
        Map<Integer, StoreException> refused = new HashMap<>();
        List<AddDocument> ops = reads.stream().map(r -> r.op().renamingIfTaken()).toList();
        var applied = store.applyEach(ops, refused::put).iterator();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (refused.containsKey(i)) {
                failed.add(new ImportReport.Failed(file, file + ": " + refused.get(i).getMessage()));
            } else {
                imported.add(imported(file, reads.get(i), applied.next()));
            }
        }
        files.clear();
        reads.clear();
        chars = 0;
    }

    private static ImportReport.Imported imported(Path file, DocumentImporter.Read read, Applied applied) {
        long id = applied.inserted(Table.DOCUMENT);
        String name = applied.changes().stream().filter(c -> c.table() == Table.DOCUMENT && c.id() == id)
                .map(c -> (String) c.after().get("name")).findFirst().orElseThrow();
        AddDocument op = read.op();
        return new ImportReport.Imported(file, id, name, read.how(), op.language(), op.text().codePointCount(0,
                op.text().length()), name.equals(op.name().strip()) ? null : op.name().strip());
    }
}
