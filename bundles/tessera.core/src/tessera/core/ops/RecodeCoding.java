package tessera.core.ops;

import java.util.Map;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/** Changes the code of a coding, keeping its range, coder and memos. */
public record RecodeCoding(long codingId, long codeId) implements Operation {

    @Override
    public String type() {
        return "coding.recode";
    }

    @Override
    public Label label() {
        return Label.of("coding.recode");
    }

    @Override
    public void apply(Tx tx) {
        Checks.coding(tx, codingId);
        if (!Checks.code(tx, codeId).codable()) {
            throw new OperationException(NLS.bind(CoreMessages.categoryNotCodable, tx.codebook().path(codeId)));
        }
        tx.update(Table.CODING, codingId, Map.of("code_id", codeId));
    }
}
