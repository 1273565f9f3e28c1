package tessera.core.ops;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/** Moves a code (with its subcodes) under another parent, or to the top level, at a position among its siblings. */
public record MoveCode(long codeId, Long newParentId, int index) implements Operation {

    /** Moves to the end of the new parent's children. */
    public MoveCode(long codeId, Long newParentId) {
        this(codeId, newParentId, Integer.MAX_VALUE);
    }

    @Override
    public String type() {
        return "code.move";
    }

    @Override
    public Label label() {
        return Label.of("code.move");
    }

    @Override
    public void apply(Tx tx) {
        Codebook book = tx.codebook();
        Code code = Checks.code(tx, codeId);
        if (newParentId != null) {
            Checks.code(tx, newParentId);
            if (book.isSelfOrAncestor(codeId, newParentId)) {
                throw new OperationException(NLS.bind(CoreMessages.moveUnderItself, book.path(codeId)));
            }
        }
        Checks.freeName(book, newParentId, code.name(), codeId);
        reorder(tx, book, code.parentId(), codeId, null, 0);
        reorder(tx, book, newParentId, codeId, code, index);
    }

    /** Renumbers a parent's children without the code {@code excludeId}, then with {@code insert} at {@code at}. */
    static void reorder(Tx tx, Codebook book, Long parentId, long excludeId, Code insert, int at) {
        List<Code> siblings = new ArrayList<>(parentId == null ? book.roots() : book.children(parentId));
        siblings.removeIf(c -> c.id() == excludeId);
        if (insert != null) {
            siblings.add(Math.max(0, Math.min(at, siblings.size())), insert);
        }
        for (int i = 0; i < siblings.size(); i++) {
            Code c = siblings.get(i);
            Map<String, Object> values = new HashMap<>();
            values.put("sort_order", i);
            if (insert != null && c.id() == insert.id()) {
                values.put("parent_id", parentId);
            }
            tx.update(Table.CODE, c.id(), values);
        }
    }
}
