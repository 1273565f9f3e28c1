package tessera.core.ops;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
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
        tx.memo(memoId).orElseThrow(() -> new OperationException(NLS.bind(CoreMessages.noMemo, memoId)));
        tx.delete(Table.MEMO, memoId);
    }
}
