package tessera.core.ops;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Document;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.Tx;
import tessera.core.text.CodePointIndex;

/**
 * In-vivo coding: the passage's own words become a code (under {@code parentId}, or at the top) that codes the
 * passage, in one step of undo. When a sibling code of that name exists it is reused, as coding the same
 * expression twice should not fail.
 */
public record CodeInVivo(long documentId, Long parentId, int start, int end) implements Operation {

    /** Longest code name made from a passage, in code points; longer passages are cut and marked. */
    public static final int MAX_NAME = 60;

    @Override
    public String type() {
        return "coding.invivo";
    }

    @Override
    public Label label() {
        return Label.of("coding.invivo");
    }

    @Override
    public void apply(Tx tx) {
        Document doc = Checks.document(tx, documentId);
        Checks.range(doc, start, end);
        String text = tx.text(documentId);
        String name = nameOf(CodePointIndex.slice(text, CodePointIndex.of(text), start, end));
        if (name.isEmpty()) {
            throw new OperationException(CoreMessages.noWordsInVivo);
        }
        CodeWithNewCode.codeWith(tx, documentId, parentId, name, start, end);
    }

    /** The passage with its whitespace collapsed, cut to {@link #MAX_NAME} code points. */
    public static String nameOf(String passage) {
        String collapsed = passage.strip().replaceAll("\\s+", " ");
        if (collapsed.codePointCount(0, collapsed.length()) <= MAX_NAME) {
            return collapsed;
        }
        return collapsed.substring(0, collapsed.offsetByCodePoints(0, MAX_NAME - 1)).strip() + "\u2026";
    }
}
