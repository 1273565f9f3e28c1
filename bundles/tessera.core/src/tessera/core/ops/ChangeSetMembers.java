package tessera.core.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.ItemSet;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/**
 * Adds documents and codes to a set, or takes them out, in one step. Adding a member twice or removing one that
 * is not there changes nothing, so the same command can be given again safely.
 */
public record ChangeSetMembers(long setId, boolean add, List<Long> documentIds, List<Long> codeIds)
        implements Operation {

    @Override
    public String type() {
        return add ? "set.add" : "set.remove";
    }

    @Override
    public Label label() {
        return Label.of(add ? "set.add" : "set.remove", documentIds.size() + codeIds.size());
    }

    @Override
    public void apply(Tx tx) {
        ItemSet set = tx.sets().stream().filter(s -> s.id() == setId).findFirst()
                .orElseThrow(() -> new OperationException(NLS.bind(CoreMessages.noSet, setId)));
        documentIds.forEach(d -> Checks.document(tx, d));
        codeIds.forEach(c -> Checks.code(tx, c));
        change(tx, set, "document_id", documentIds, set.documentIds());
        change(tx, set, "code_id", codeIds, set.codeIds());
    }

    private void change(Tx tx, ItemSet set, String column, List<Long> ids, List<Long> present) {
        for (long id : ids) {
            if (add && !present.contains(id)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("set_id", set.id());
                row.put("document_id", column.equals("document_id") ? id : null);
                row.put("code_id", column.equals("code_id") ? id : null);
                tx.insert(Table.SET_MEMBER, row);
            } else if (!add) {
                for (long member : tx.setMembers(column, id)) {
                    if (((Number) tx.readRow(Table.SET_MEMBER, member).get("set_id")).longValue() == set.id()) {
                        tx.delete(Table.SET_MEMBER, member);
                    }
                }
            }
        }
    }
}
