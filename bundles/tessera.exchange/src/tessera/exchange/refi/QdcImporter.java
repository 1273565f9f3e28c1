package tessera.exchange.refi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.w3c.dom.Element;

import tessera.core.ops.ImportProject;
import tessera.core.ops.MergeCodebook;
import tessera.core.store.Applied;
import tessera.core.store.ProjectStore;
import tessera.core.store.RowChange;
import tessera.core.store.Table;
import tessera.exchange.importer.ImportException;
import tessera.exchange.internal.ExchangeMessages;

/**
 * Reads a REFI-QDA codebook (.qdc) and merges it into a project's codebook in one undoable step (see
 * {@link MergeCodebook}: codes are matched by GUID, then by name under the same parent).
 */
public final class QdcImporter {

    /** Larger codebooks are refused unread; a codebook of 64 MB would hold about a million codes. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** What was read and what the merge did. */
    public record Result(String origin, int codesRead, int codesAdded, int descriptionsAdded, int setsAdded,
            List<String> skipped) {
    }

    /** The codebook's codes and sets, read and checked without touching any project. */
    public record Read(String origin, List<ImportProject.CodeNode> codes, List<ImportProject.SetDef> sets,
            List<String> skipped) {
    }

    private QdcImporter() {
    }

    public static Read read(Path qdc) throws IOException, ImportException {
        if (!Files.isRegularFile(qdc)) {
            throw new ImportException(NLS.bind(ExchangeMessages.noSuchFile, qdc));
        }
        if (Files.size(qdc) > MAX_BYTES) {
            throw new ImportException(NLS.bind(ExchangeMessages.qdcTooLarge, qdc, MAX_BYTES / (1024 * 1024)));
        }
        Element root = RefiXml.parse(Files.readAllBytes(qdc), qdc.toString(), "CodeBook");
        List<String> skipped = new ArrayList<>();
        RefiCodes reader = new RefiCodes(skipped, (note, code) -> {
        });
        List<ImportProject.CodeNode> codes = reader.read(RefiXml.child(root, "Codes"));
        Set<String> names = new HashSet<>();
        List<ImportProject.SetDef> sets = new ArrayList<>();
        for (Element s : RefiXml.children(RefiXml.child(root, "Sets"), "Set")) {
            ImportProject.SetDef set = RefiCodes.set(s, names, skipped);
            List<String> members = set.members().stream().filter(reader.guids()::contains).toList();
            if (members.size() < set.members().size()) {
                skipped.add(NLS.bind(ExchangeMessages.setNotCodes, set.name(),
                        set.members().size() - members.size()));
            }
            sets.add(new ImportProject.SetDef(set.guid(), set.name(), set.description(), members));
        }
        return new Read(root.getAttribute("origin"), codes, sets, List.copyOf(skipped));
    }

    public static Result importInto(ProjectStore store, Path qdc) throws IOException, ImportException {
        Read read = read(qdc);
        Applied applied = store.apply(new MergeCodebook(qdc.getFileName().toString(), read.codes(), read.sets()));
        int codes = 0;
        int descriptions = 0;
        int sets = 0;
        for (RowChange c : applied.changes()) {
            if (c.table() == Table.CODE) {
                if (c.kind() == RowChange.Kind.INSERT) {
                    codes++;
                } else {
                    descriptions++;
                }
            } else if (c.table() == Table.SET && c.kind() == RowChange.Kind.INSERT) {
                sets++;
            }
        }
        return new Result(read.origin(), count(read.codes()), codes, descriptions, sets, read.skipped());
    }

    private static int count(List<ImportProject.CodeNode> codes) {
        return codes.stream().mapToInt(c -> 1 + count(c.children())).sum();
    }
}
