package tessera.core.ops;

import java.util.List;

import tessera.core.store.Operation;
import tessera.core.store.Tx;

/** Several operations as one: one transaction, one log entry, one step of undo (e.g. coding every search hit). */
public record Batch(String description, List<Operation> operations) implements Operation {

    @Override
    public String type() {
        return "batch";
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public Object arguments() {
        return java.util.Map.of("description", description, "operations",
                operations.stream().map(op -> java.util.Map.of("type", op.type(), "args", op.arguments())).toList());
    }

    @Override
    public void apply(Tx tx) {
        operations.forEach(op -> op.apply(tx));
    }
}
