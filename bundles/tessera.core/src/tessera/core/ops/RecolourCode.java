package tessera.core.ops;

import java.util.Map;

import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.Table;
import tessera.core.store.Tx;

public record RecolourCode(long codeId, String colour) implements Operation {

    @Override
    public String type() {
        return "code.recolour";
    }

    @Override
    public Label label() {
        return Label.of("code.recolour", colour);
    }

    @Override
    public void apply(Tx tx) {
        Checks.code(tx, codeId);
        tx.update(Table.CODE, codeId, Map.of("colour", Checks.colour(colour)));
    }
}
