package tessera.core.merge;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import tessera.core.model.Coding;
import tessera.core.store.CodingFilter;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/** Codings: the same GUID, else the same document, range, code and coder, else added with the copy's GUID. */
final class MergeCodings {

    /** Where a coding lies, with what code and by whom. */
    private record Place(long document, long code, long coder, int start, int end) {
    }

    private MergeCodings() {
    }

    static Map<String, Long> apply(Tx tx, ProjectSnapshot other, Map<String, Long> documents, Map<String, Long> codes,
            MergeReport report) {
        Map<String, Long> byGuid = new HashMap<>();
        // the same place, code and coder: read here with the GUIDs, not queried for each of the copy's codings
        Map<Place, Long> byPlace = new HashMap<>();
        for (Coding c : tx.codings(CodingFilter.ALL)) {
            byGuid.put(c.guid().toLowerCase(java.util.Locale.ROOT), c.id());
            byPlace.putIfAbsent(new Place(c.documentId(), c.codeId(), c.coderId(), c.start(), c.end()), c.id());
        }
        Map<String, Long> ids = new HashMap<>();
        for (ProjectSnapshot.CodingRow c : other.codings()) {
            Long here = byGuid.get(c.guid().toLowerCase(java.util.Locale.ROOT));
            long doc = documents.get(c.documentGuid());
            long code = codes.get(c.codeGuid());
            long coder = tx.coderId(c.coder());
            Place place = new Place(doc, code, coder, c.start(), c.end());
            if (here == null) {
                here = byPlace.get(place);
            }
            if (here != null) {
                ids.put(c.guid(), here);
                report.matched(MergeReport.Kind.CODINGS);
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("guid", c.guid());
            row.put("document_id", doc);
            row.put("code_id", code);
            row.put("coder_id", coder);
            row.put("start_cp", c.start());
            row.put("end_cp", c.end());
            row.put("created_at", c.created().toString());
            long id = tx.insert(Table.CODING, row);
            ids.put(c.guid(), id);
            byPlace.putIfAbsent(place, id);
            report.added(MergeReport.Kind.CODINGS);
        }
        return ids;
    }
}
