package tessera.core.ops;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/** Deletes an attribute with its value for every document. */
public record DeleteAttribute(long attributeId) implements Operation {

    @Override
    public String type() {
        return "attribute.delete";
    }

    @Override
    public Label label() {
        return Label.of("attribute.delete");
    }

    @Override
    public void apply(Tx tx) {
        if (tx.attributes().stream().noneMatch(a -> a.id() == attributeId)) {
            throw new OperationException(NLS.bind(CoreMessages.noAttribute, attributeId));
        }
        for (var v : tx.attributeValues()) {
            if (v.attributeId() == attributeId) {
                tx.delete(Table.ATTRIBUTE_VALUE, tx.attributeValueId(v.documentId(), attributeId).orElseThrow());
            }
        }
        tx.delete(Table.ATTRIBUTE, attributeId);
    }
}
