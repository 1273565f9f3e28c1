package tessera.core.ops;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Code;
import tessera.core.model.CodePath;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.Tx;

/**
 * Codes many passages with the code at a path, made there (with any parent it lacks) when there is none: how a
 * coding query's results become a code, in one step of undo. A passage the store's coder already coded with that
 * code is left as it is, so the same results can be coded again.
 */
public record CodeSegments(String codePath, List<Passage> passages) implements Operation {

    /** [start, end) of a document, in code points. */
    public record Passage(long documentId, int start, int end) {
    }

    public CodeSegments {
        passages = List.copyOf(passages);
    }

    @Override
    public String type() {
        return "coding.addMany";
    }

    @Override
    public Label label() {
        return Label.of("coding.addMany", codePath, passages.size());
    }

    @Override
    public void apply(Tx tx) {
        long codeId = tx.codebook().byPath(codePath).map(Code::id).orElseGet(() -> create(tx));
        long coderId = tx.coderId(null);
        for (Passage p : passages) {
            if (tx.codingAt(p.documentId(), codeId, coderId, p.start(), p.end()).isEmpty()) {
                new AddCoding(p.documentId(), codeId, p.start(), p.end()).apply(tx);
            }
        }
    }

    /** Makes the code at the path, and any of its parents that do not exist yet, as the quick-code popup would. */
    private long create(Tx tx) {
        List<String> names = CodePath.split(codePath);
        if (names.isEmpty()) {
            throw new OperationException(NLS.bind(CoreMessages.noParentCode, codePath));
        }
        Long parentId = null;
        for (String raw : names) {
            String name = Checks.name(CoreMessages.thingCode, raw);
            Long parent = parentId;
            parentId = tx.codebook().child(parent, name).map(Code::id).orElseGet(() -> {
                new CreateCode(parent, name).apply(tx);
                return tx.codebook().child(parent, name).orElseThrow().id();
            });
        }
        return parentId;
    }
}
