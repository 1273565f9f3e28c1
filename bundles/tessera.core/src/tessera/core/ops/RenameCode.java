package tessera.core.ops;

import java.util.Map;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Code;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.Table;
import tessera.core.store.Tx;

public record RenameCode(long codeId, String name) implements Operation {

    @Override
    public String type() {
        return "code.rename";
    }

    @Override
    public Label label() {
        return Label.of("code.rename", name);
    }

    @Override
    public void apply(Tx tx) {
        Code code = Checks.code(tx, codeId);
        String n = Checks.name(CoreMessages.thingCode, name);
        Checks.freeName(tx.codebook(), code.parentId(), n, codeId);
        tx.update(Table.CODE, codeId, Map.of("name", n));
    }
}
