package tessera.core.ops;

import java.util.List;

import tessera.core.model.ItemSet;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.Tx;

/** Creates a set with its members in one step: how a query's documents are saved as a set. */
public record CreateSetOf(String name, String description, List<Long> documentIds, List<Long> codeIds)
        implements Operation {

    public CreateSetOf {
        documentIds = List.copyOf(documentIds);
        codeIds = List.copyOf(codeIds);
    }

    @Override
    public String type() {
        return "set.createWith";
    }

    @Override
    public Label label() {
        return Label.of("set.createWith", name, documentIds.size() + codeIds.size());
    }

    @Override
    public void apply(Tx tx) {
        new CreateSet(name, description).apply(tx);
        ItemSet set = tx.sets().stream().filter(s -> s.name().equals(name.strip())).findFirst().orElseThrow();
        new ChangeSetMembers(set.id(), true, documentIds, codeIds).apply(tx);
    }
}
