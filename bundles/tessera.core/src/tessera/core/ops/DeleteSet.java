package tessera.core.ops;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.ItemSet;
import tessera.core.model.Label;
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
    public Label label() {
        return Label.of("set.delete");
    }

    @Override
    public void apply(Tx tx) {
        ItemSet set = tx.sets().stream().filter(s -> s.id() == setId).findFirst()
                .orElseThrow(() -> new OperationException(NLS.bind(CoreMessages.noSet, setId)));
        new ChangeSetMembers(setId, false, set.documentIds(), set.codeIds()).apply(tx);
        tx.delete(Table.SET, setId);
    }
}
