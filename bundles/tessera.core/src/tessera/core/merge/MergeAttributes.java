package tessera.core.merge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Attribute;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/**
 * Attributes: the same GUID, else the same name, else added; a type that differs keeps this project's and leaves
 * the copy's values of it out. Values: a document's value this project has is kept, and a different one reported.
 */
final class MergeAttributes {

    private MergeAttributes() {
    }

    static void apply(Tx tx, ProjectSnapshot other, Map<String, Long> documents, MergeReport report) {
        Map<String, Long> ids = new HashMap<>();
        Set<String> skipped = new HashSet<>();
        for (ProjectSnapshot.AttributeRow a : other.attributes()) {
            Optional<Attribute> same = tx.attributes().stream().filter(x -> x.guid().equalsIgnoreCase(a.guid()))
                    .findFirst().or(() -> tx.attributeByName(a.name()));
            if (same.isPresent()) {
                if (same.get().type() != a.type()) {
                    report.conflict(NLS.bind(CoreMessages.mergeAttributeType, new Object[] {same.get().name(),
                            same.get().type(), a.type()}));
                    skipped.add(a.guid());
                }
                ids.put(a.guid(), same.get().id());
                report.matched(MergeReport.Kind.ATTRIBUTES);
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("guid", a.guid());
            row.put("name", a.name());
            row.put("type", a.type().name());
            row.put("sort_order", tx.attributes().size());
            ids.put(a.guid(), tx.insert(Table.ATTRIBUTE, row));
            report.added(MergeReport.Kind.ATTRIBUTES);
        }
        for (ProjectSnapshot.ValueRow v : other.values()) {
            if (skipped.contains(v.attributeGuid())) {
                continue;
            }
            long doc = documents.get(v.documentGuid());
            long attribute = ids.get(v.attributeGuid());
            Optional<Long> here = tx.attributeValueId(doc, attribute);
            if (here.isPresent()) {
                String mine = (String) tx.readRow(Table.ATTRIBUTE_VALUE, here.get()).get("value");
                if (!mine.equals(v.value())) {
                    report.conflict(NLS.bind(CoreMessages.mergeValue, new Object[] {v.attribute(),
                            tx.document(doc).orElseThrow().name(), mine, v.value()}));
                }
                report.matched(MergeReport.Kind.VALUES);
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("document_id", doc);
            row.put("attribute_id", attribute);
            row.put("value", v.value());
            tx.insert(Table.ATTRIBUTE_VALUE, row);
            report.added(MergeReport.Kind.VALUES);
        }
    }
}
