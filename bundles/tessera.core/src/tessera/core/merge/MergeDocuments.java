package tessera.core.merge;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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
        for (ProjectSnapshot.DocumentRow d : other.documents()) {
            String hash = Tx.sha256(d.text());
            Optional<Document> same = tx.documents().stream().filter(x -> x.guid().equalsIgnoreCase(d.guid()))
                    .findFirst().or(() -> tx.documents().stream().filter(x -> x.contentHash().equals(hash)).findFirst());
            if (same.isPresent()) {
                ids.put(d.guid(), same.get().id());
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
            report.added(MergeReport.Kind.DOCUMENTS);
        }
        return ids;
    }
}
