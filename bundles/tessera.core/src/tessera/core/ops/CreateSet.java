package tessera.core.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/** Creates an empty set of documents and codes under a name no other set has. */
public record CreateSet(String name, String description) implements Operation {

    @Override
    public String type() {
        return "set.create";
    }

    @Override
    public Label label() {
        return Label.of("set.create", name);
    }

    @Override
    public void apply(Tx tx) {
        String n = Checks.name(CoreMessages.thingSet, name);
        if (tx.sets().stream().anyMatch(s -> s.name().equals(n))) {
            throw new OperationException(NLS.bind(CoreMessages.setNameTaken, n));
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("guid", Tx.newGuid());
        row.put("name", n);
        row.put("description", description == null ? "" : description);
        tx.insert(Table.SET, row);
    }
}
