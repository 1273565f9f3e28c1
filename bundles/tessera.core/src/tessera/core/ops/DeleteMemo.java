package tessera.core.ops;

import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.Table;
import tessera.core.store.Tx;

public record DeleteMemo(long memoId) implements Operation {

    @Override
    public String type() {
        return "memo.delete";
    }

    @Override
    public Label label() {
        return Label.of("memo.delete");
    }

    @Override
    public void apply(Tx tx) {
        tx.memo(memoId).orElseThrow(() -> new OperationException("no memo with id " + memoId));
        tx.delete(Table.MEMO, memoId);
    }
}
