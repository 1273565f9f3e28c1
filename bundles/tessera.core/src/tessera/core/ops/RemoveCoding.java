package tessera.core.ops;

import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.Tx;

/** Removes a coding (uncodes a passage) with the memos written on it. */
public record RemoveCoding(long codingId) implements Operation {

    @Override
    public String type() {
        return "coding.remove";
    }

    @Override
    public Label label() {
        return Label.of("coding.remove");
    }

    @Override
    public void apply(Tx tx) {
        Checks.coding(tx, codingId);
        Cascade.deleteCoding(tx, codingId);
    }
}
