package tessera.core.ops;

import tessera.core.model.ItemSet;
import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/** Deletes a set; its documents and codes stay, only the membership goes. */
public record DeleteSet(long setId) implements Operation {

    @Override
    public String type() {
        return "set.delete";
    }

    @Override
    public String describe() {
        return "Delete set";
    }

    @Override
    public void apply(Tx tx) {
        ItemSet set = tx.sets().stream().filter(s -> s.id() == setId).findFirst()
                .orElseThrow(() -> new OperationException("no set with id " + setId));
        for (long d : set.documentIds()) {
            delete(tx, "document_id", d);
        }
        for (long c : set.codeIds()) {
            delete(tx, "code_id", c);
        }
        tx.delete(Table.SET, setId);
    }

    private void delete(Tx tx, String column, long id) {
        for (long member : tx.setMembers(column, id)) {
            if (((Number) tx.readRow(Table.SET_MEMBER, member).get("set_id")).longValue() == setId) {
                tx.delete(Table.SET_MEMBER, member);
            }
        }
    }
}
