package tessera.core.ops;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Code;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.Tx;

/**
 * Codes a passage with a code named on the spot (the quick-code popup's "create"): the code is made under
 * {@code parentId}, or at the top, unless a sibling of that name exists, and codes [start, end) in one step of undo.
 */
public record CodeWithNewCode(long documentId, Long parentId, String name, int start, int end) implements Operation {

    @Override
    public String type() {
        return "coding.addWithNewCode";
    }

    @Override
    public Label label() {
        return Label.of("coding.addWithNewCode", name);
    }

    @Override
    public void apply(Tx tx) {
        codeWith(tx, documentId, parentId, Checks.name(CoreMessages.thingCode, name), start, end);
    }

    static void codeWith(Tx tx, long documentId, Long parentId, String name, int start, int end) {
        Checks.range(Checks.document(tx, documentId), start, end);
        if (parentId != null) {
            Checks.code(tx, parentId);
        }
        long codeId = tx.codebook().child(parentId, name).map(Code::id).orElseGet(() -> {
            new CreateCode(parentId, name).apply(tx);
            return tx.codebook().child(parentId, name).orElseThrow().id();
        });
        new AddCoding(documentId, codeId, start, end).apply(tx);
    }
}
