package tessera.core.ops;

import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.Tx;

/** Removes a document with its codings, memos and attribute values; undo restores them all. */
public record RemoveDocument(long documentId) implements Operation {

    @Override
    public String type() {
        return "document.remove";
    }

    @Override
    public Label label() {
        return Label.of("document.remove");
    }

    @Override
    public void apply(Tx tx) {
        Checks.document(tx, documentId);
        Cascade.deleteDocument(tx, documentId);
    }
}
