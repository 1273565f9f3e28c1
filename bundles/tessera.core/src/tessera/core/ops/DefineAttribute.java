package tessera.core.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.AttributeType;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/** Defines a document attribute such as country (text) or year (number). */
public record DefineAttribute(String name, AttributeType attributeType) implements Operation {

    @Override
    public String type() {
        return "attribute.define";
    }

    @Override
    public Label label() {
        return Label.of("attribute.define", name);
    }

    @Override
    public void apply(Tx tx) {
        String n = Checks.name(CoreMessages.thingAttribute, name);
        if (tx.attributeByName(n).isPresent()) {
            throw new OperationException(NLS.bind(CoreMessages.attributeNameTaken, n));
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("guid", Tx.newGuid());
        row.put("name", n);
        row.put("type", attributeType.name());
        row.put("sort_order", tx.attributes().size());
        tx.insert(Table.ATTRIBUTE, row);
    }
}
