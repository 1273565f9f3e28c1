package tessera.core.ops;

import java.util.List;

import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.Tx;

/** Several operations as one: one transaction, one log entry, one step of undo (e.g. coding every search hit). */
public record Batch(Label label, List<Operation> operations) implements Operation {

    /** A batch called by a text of the caller's, shown as it is in every language. */
    public Batch(String description, List<Operation> operations) {
        this(Label.literal(description), operations);
    }

    @Override
    public String type() {
        return "batch";
    }

    @Override
    public Label label() {
        return label;
    }

    @Override
    public Object arguments() {
        return java.util.Map.of("description", label.english(), "operations",
                operations.stream().map(op -> java.util.Map.of("type", op.type(), "args", op.arguments())).toList());
    }

    @Override
    public void apply(Tx tx) {
        operations.forEach(op -> op.apply(tx));
    }
}
