package tessera.core.ops;

import java.util.Map;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.Table;
import tessera.core.store.Tx;

public record EditMemo(long memoId, String text) implements Operation {

    @Override
    public String type() {
        return "memo.edit";
    }

    @Override
    public Label label() {
        return Label.of("memo.edit");
    }

    @Override
    public void apply(Tx tx) {
        tx.memo(memoId).orElseThrow(() -> new OperationException(NLS.bind(CoreMessages.noMemo, memoId)));
        tx.update(Table.MEMO, memoId, Map.of("text", text == null ? "" : text, "modified_at", tx.nowText()));
    }
}
