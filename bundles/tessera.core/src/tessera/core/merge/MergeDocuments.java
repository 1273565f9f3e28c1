package tessera.core.merge;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Document;
import tessera.core.ops.AddDocument;
import tessera.core.store.Tx;

/** Documents: the same GUID, else the same text, else added with the copy's GUID (renamed if its name is taken). */
final class MergeDocuments {

    private MergeDocuments() {
    }

    /** The copy's document GUIDs mapped to this project's ids. */
    static Map<String, Long> apply(Tx tx, ProjectSnapshot other, MergeReport report) {
        Map<String, Long> ids = new HashMap<>();
        // this project's documents by GUID and by text, read once: listing them again for each of the copy's
        // documents made a merge of a thousand documents read a million rows
        Map<String, Long> byGuid = new HashMap<>();
        Map<String, Long> byHash = new HashMap<>();
        for (Document x : tx.documents()) {
            byGuid.putIfAbsent(x.guid().toLowerCase(Locale.ROOT), x.id());
            byHash.putIfAbsent(x.contentHash(), x.id());
        }
        for (ProjectSnapshot.DocumentRow d : other.documents()) {
            String hash = Tx.sha256(d.text());
            Long same = byGuid.get(d.guid().toLowerCase(Locale.ROOT));
            if (same == null) {
                same = byHash.get(hash);
            }
            if (same != null) {
                ids.put(d.guid(), same);
                report.matched(MergeReport.Kind.DOCUMENTS);
                continue;
            }
            long id = new AddDocument(d.name(), d.text(), d.language(), d.format(), d.original(), d.pageStarts())
                    .renamingIfTaken().insert(tx, d.guid());
            String name = tx.document(id).orElseThrow().name();
            if (!name.equals(d.name())) {
                report.conflict(NLS.bind(CoreMessages.mergeDocumentRenamed, d.name(), name));
            }
            ids.put(d.guid(), id);
            byGuid.putIfAbsent(d.guid().toLowerCase(Locale.ROOT), id);
            byHash.putIfAbsent(hash, id);
            report.added(MergeReport.Kind.DOCUMENTS);
        }
        return ids;
    }
}
