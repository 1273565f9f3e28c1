package tessera.core.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/**
 * Records a review decision and comment on a coding, replacing an earlier one; a blank decision and comment
 * remove it. The reviewer is the named one or the store's coder.
 */
public record RecordReview(long codingId, String decision, String comment, String reviewer) implements Operation {

    @Override
    public String type() {
        return "review.record";
    }

    @Override
    public Label label() {
        return Label.of("review.record");
    }

    @Override
    public void apply(Tx tx) {
        Checks.coding(tx, codingId);
        String d = decision == null ? "" : decision.strip();
        String c = comment == null ? "" : comment.strip();
        Optional<Long> existing = tx.reviewId(codingId);
        if (d.isEmpty() && c.isEmpty()) {
            existing.ifPresent(id -> tx.delete(Table.REVIEW, id));
            return;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("coding_id", codingId);
        row.put("decision", d);
        row.put("comment", c);
        row.put("reviewer", reviewer == null || reviewer.isBlank() ? tx.coderNameOfSession() : reviewer.strip());
        row.put("reviewed_at", tx.nowText());
        if (existing.isPresent()) {
            Map<String, Object> before = tx.readRow(Table.REVIEW, existing.get());
            if (before.get("decision").equals(d) && before.get("comment").equals(c)) {
                return;
            }
            tx.update(Table.REVIEW, existing.get(), row);
        } else {
            tx.insert(Table.REVIEW, row);
        }
    }
}
