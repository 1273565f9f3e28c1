package tessera.core.ops;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.model.Coding;
import tessera.core.model.Label;
import tessera.core.model.Memo;
import tessera.core.model.MemoTarget;
import tessera.core.store.CodingFilter;
import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/**
 * Merges a code into another: its codings, memos and subcodes move to the target, and the source is deleted.
 * A coding that the target already has (same document, range and coder) is dropped, its memos kept on the
 * target's coding; subcodes whose names clash with the target's are merged in turn.
 */
public record MergeCodes(long sourceId, long targetId) implements Operation {

    @Override
    public String type() {
        return "code.merge";
    }

    @Override
    public Label label() {
        return Label.of("code.merge");
    }

    @Override
    public void apply(Tx tx) {
        Codebook book = tx.codebook();
        Checks.code(tx, sourceId);
        Checks.code(tx, targetId);
        if (book.isSelfOrAncestor(sourceId, targetId)) {
            throw new OperationException(NLS.bind(CoreMessages.mergeIntoItself, book.path(sourceId)));
        }
        merge(tx, sourceId, targetId);
    }

    private static void merge(Tx tx, long source, long target) {
        for (Coding c : tx.codings(CodingFilter.codes(Set.of(source)))) {
            Optional<Long> same = tx.codingAt(c.documentId(), target, c.coderId(), c.start(), c.end());
            if (same.isPresent()) {
                moveMemos(tx, MemoTarget.coding(c.id()), "coding_id", same.get());
                tx.delete(Table.CODING, c.id());
            } else {
                tx.update(Table.CODING, c.id(), Map.of("code_id", target));
            }
        }
        moveMemos(tx, MemoTarget.code(source), "code_id", target);
        moveSetMemberships(tx, source, target);
        for (Code child : tx.codebook().children(source)) {
            Optional<Code> clash = tx.codebook().child(target, child.name());
            if (clash.isPresent()) {
                merge(tx, child.id(), clash.get().id());
            } else {
                MoveCode.reorder(tx, tx.codebook(), target, child.id(), child, Integer.MAX_VALUE);
            }
        }
        tx.delete(Table.CODE, source);
    }

    /** The target joins the sets the source was in; a membership it has already is not doubled. */
    private static void moveSetMemberships(Tx tx, long source, long target) {
        Set<Long> targetSets = new java.util.HashSet<>();
        for (long m : tx.setMembers("code_id", target)) {
            targetSets.add((Long) tx.readRow(Table.SET_MEMBER, m).get("set_id"));
        }
        for (long m : tx.setMembers("code_id", source)) {
            if (targetSets.add((Long) tx.readRow(Table.SET_MEMBER, m).get("set_id"))) {
                tx.update(Table.SET_MEMBER, m, Map.of("code_id", target));
            } else {
                tx.delete(Table.SET_MEMBER, m);
            }
        }
    }

    private static void moveMemos(Tx tx, MemoTarget from, String column, long to) {
        for (Memo m : tx.memos(from)) {
            tx.update(Table.MEMO, m.id(), Map.of(column, to));
        }
    }
}
