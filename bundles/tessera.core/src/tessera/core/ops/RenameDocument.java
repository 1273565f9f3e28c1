package tessera.core.ops;

import java.util.Map;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.Table;
import tessera.core.store.Tx;

public record RenameDocument(long documentId, String name) implements Operation {

    @Override
    public String type() {
        return "document.rename";
    }

    @Override
    public Label label() {
        return Label.of("document.rename", name);
    }

    @Override
    public void apply(Tx tx) {
        Checks.document(tx, documentId);
        String n = Checks.name(CoreMessages.thingDocument, name);
        tx.documentByName(n).filter(d -> d.id() != documentId).ifPresent(d -> {
            throw new OperationException(NLS.bind(CoreMessages.documentNameTaken, n));
        });
        tx.update(Table.DOCUMENT, documentId, Map.of("name", n));
    }
}
