package tessera.core.ops;

import java.util.Map;

import tessera.core.model.Coding;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/** Grows or shrinks a coding to [start, end). */
public record ResizeCoding(long codingId, int start, int end) implements Operation {

    @Override
    public String type() {
        return "coding.resize";
    }

    @Override
    public Label label() {
        return Label.of("coding.resize");
    }

    @Override
    public void apply(Tx tx) {
        Coding coding = Checks.coding(tx, codingId);
        Checks.range(Checks.document(tx, coding.documentId()), start, end);
        tx.update(Table.CODING, codingId, Map.of("start_cp", start, "end_cp", end));
    }
}
