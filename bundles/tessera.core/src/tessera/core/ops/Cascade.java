package tessera.core.ops;

import java.util.List;

import tessera.core.model.Coding;
import tessera.core.model.Memo;
import tessera.core.model.MemoTarget;
import tessera.core.store.CodingFilter;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/**
 * Deletes rows together with what hangs on them, children first, so that foreign keys hold at every step and
 * the change log holds every row needed to bring them all back.
 */
final class Cascade {

    private Cascade() {
    }

    static void deleteMemos(Tx tx, MemoTarget target) {
        for (Memo m : tx.memos(target)) {
            tx.delete(Table.MEMO, m.id());
        }
    }

    static void deleteCoding(Tx tx, long codingId) {
        deleteMemos(tx, MemoTarget.coding(codingId));
        tx.reviewId(codingId).ifPresent(id -> tx.delete(Table.REVIEW, id));
        tx.delete(Table.CODING, codingId);
    }

    static void deleteCode(Tx tx, long codeId) {
        for (var child : tx.codebook().children(codeId)) {
            deleteCode(tx, child.id());
        }
        for (Coding c : tx.codings(CodingFilter.codes(java.util.Set.of(codeId)))) {
            deleteCoding(tx, c.id());
        }
        deleteMemos(tx, MemoTarget.code(codeId));
        tx.setMembers("code_id", codeId).forEach(id -> tx.delete(Table.SET_MEMBER, id));
        tx.delete(Table.CODE, codeId);
    }

    static void deleteDocument(Tx tx, long documentId) {
        for (Coding c : tx.codings(CodingFilter.document(documentId))) {
            deleteCoding(tx, c.id());
        }
        deleteMemos(tx, MemoTarget.document(documentId));
        List<Long> values = tx.attributeValues().stream().filter(v -> v.documentId() == documentId)
                .map(v -> tx.attributeValueId(v.documentId(), v.attributeId()).orElseThrow()).toList();
        values.forEach(id -> tx.delete(Table.ATTRIBUTE_VALUE, id));
        tx.setMembers("document_id", documentId).forEach(id -> tx.delete(Table.SET_MEMBER, id));
        tx.delete(Table.DOCUMENT, documentId);
    }
}
