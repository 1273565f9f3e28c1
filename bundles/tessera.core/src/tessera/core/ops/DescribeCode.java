package tessera.core.ops;

import java.util.Map;

import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/** Sets a code's description (its definition in the codebook) and whether it can be applied to text. */
public record DescribeCode(long codeId, String description, boolean codable) implements Operation {

    @Override
    public String type() {
        return "code.describe";
    }

    @Override
    public Label label() {
        return Label.of("code.describe");
    }

    @Override
    public void apply(Tx tx) {
        Checks.code(tx, codeId);
        tx.update(Table.CODE, codeId, Map.of("description", description == null ? "" : description, "codable", codable));
    }
}
