package tessera.core.ops;

import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.Tx;

/** Deletes a code, its subcodes, their codings and memos; undo brings every one of them back. */
public record DeleteCode(long codeId) implements Operation {

    @Override
    public String type() {
        return "code.delete";
    }

    @Override
    public Label label() {
        return Label.of("code.delete");
    }

    @Override
    public void apply(Tx tx) {
        Checks.code(tx, codeId);
        Cascade.deleteCode(tx, codeId);
    }
}
