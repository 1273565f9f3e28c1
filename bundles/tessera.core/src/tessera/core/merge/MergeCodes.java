package tessera.core.merge;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.ops.CodeRows;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/**
 * Codes, parents first: the same GUID, else the same name under the matched parent, else added with the copy's
 * GUID, colour and description. A code of the same GUID that the copy calls otherwise keeps its name here.
 */
final class MergeCodes {

    private MergeCodes() {
    }

    static Map<String, Long> apply(Tx tx, ProjectSnapshot other, MergeReport report) {
        Map<String, Long> ids = new HashMap<>();
        for (ProjectSnapshot.CodeRow c : other.codes()) {
            Codebook book = tx.codebook();
            Long parent = c.parentGuid() == null ? null : ids.get(c.parentGuid());
            Optional<Code> byGuid = book.inOrder().stream().filter(x -> x.guid().equalsIgnoreCase(c.guid())).findFirst();
            Optional<Code> same = byGuid.or(() -> book.child(parent, c.name()));
            if (same.isPresent()) {
                Code here = same.get();
                if (byGuid.isPresent() && !book.path(here.id()).equals(c.path())) {
                    report.conflict(NLS.bind(CoreMessages.mergeCodeRenamed, new Object[] {book.path(here.id()),
                            c.path(), other.source()}));
                }
                if (here.description().isBlank() && !c.description().isBlank()) {
                    tx.update(Table.CODE, here.id(), Map.of("description", c.description()));
                }
                ids.put(c.guid(), here.id());
                report.matched(MergeReport.Kind.CODES);
                continue;
            }
            ids.put(c.guid(), CodeRows.insert(tx, c.guid(), parent, c.name(), c.colour(), c.description(),
                    c.codable(), CodeRows.nextOrder(book, parent)));
            report.added(MergeReport.Kind.CODES);
        }
        return ids;
    }
}
