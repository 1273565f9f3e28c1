package tessera.core.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Attribute;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/** Sets a document's value of an attribute, checked against the attribute's type; null or blank clears it. */
public record SetAttribute(long documentId, long attributeId, String value) implements Operation {

    @Override
    public String type() {
        return "attribute.set";
    }

    @Override
    public Label label() {
        return Label.of("attribute.set");
    }

    @Override
    public void apply(Tx tx) {
        Checks.document(tx, documentId);
        Attribute attribute = tx.attributes().stream().filter(a -> a.id() == attributeId).findFirst()
                .orElseThrow(() -> new OperationException(NLS.bind(CoreMessages.noAttribute, attributeId)));
        Optional<Long> existing = tx.attributeValueId(documentId, attributeId);
        if (value == null || value.isBlank()) {
            existing.ifPresent(id -> tx.delete(Table.ATTRIBUTE_VALUE, id));
            return;
        }
        String canonical;
        try {
            canonical = attribute.type().canonical(value);
        } catch (IllegalArgumentException e) {
            throw new OperationException(attribute.name() + ": " + e.getMessage());
        }
        if (existing.isPresent()) {
            tx.update(Table.ATTRIBUTE_VALUE, existing.get(), Map.of("value", canonical));
        } else {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("document_id", documentId);
            row.put("attribute_id", attributeId);
            row.put("value", canonical);
            tx.insert(Table.ATTRIBUTE_VALUE, row);
        }
    }
}
