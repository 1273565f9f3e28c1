package tessera.core.merge;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tessera.core.model.ItemSet;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/** Sets: the same GUID, else the same name, else added; their members are the union of both copies'. */
final class MergeSets {

    private MergeSets() {
    }

    static void apply(Tx tx, ProjectSnapshot other, Map<String, Long> documents, Map<String, Long> codes,
            MergeReport report) {
        for (ProjectSnapshot.SetRow s : other.sets()) {
            Optional<ItemSet> same = tx.sets().stream().filter(x -> x.guid().equalsIgnoreCase(s.guid())).findFirst()
                    .or(() -> tx.sets().stream().filter(x -> x.name().equals(s.name())).findFirst());
            long id;
            Set<Long> docs = new HashSet<>();
            Set<Long> codeIds = new HashSet<>();
            if (same.isPresent()) {
                id = same.get().id();
                docs.addAll(same.get().documentIds());
                codeIds.addAll(same.get().codeIds());
                report.matched(MergeReport.Kind.SETS);
            } else {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("guid", s.guid());
                row.put("name", s.name());
                row.put("description", s.description());
                id = tx.insert(Table.SET, row);
                report.added(MergeReport.Kind.SETS);
            }
            for (String member : s.memberGuids()) {
                Long doc = documents.get(member);
                Long code = codes.get(member);
                if (doc != null && docs.add(doc) || code != null && codeIds.add(code)) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("set_id", id);
                    m.put("document_id", doc);
                    m.put("code_id", doc == null ? code : null);
                    tx.insert(Table.SET_MEMBER, m);
                }
            }
        }
    }
}
