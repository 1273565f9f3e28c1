package tessera.exchange.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tessera.core.model.Coding;
import tessera.core.model.CodingReview;
import tessera.core.model.Label;
import tessera.core.ops.Batch;
import tessera.core.ops.RecordReview;
import tessera.core.store.Operation;
import tessera.core.store.ProjectStore;
import tessera.exchange.export.SegmentSheet;

/**
 * Records the decisions and comments of a review sheet on their codings, matched by the Coding ID column, as
 * one undoable step. Rows whose coding no longer exists, and decisions outside the sheet's list, are reported
 * and not recorded.
 */
public final class ReviewImport {

    /** What an import did: rows recorded, rows already up to date, and rows it could not use, with why. */
    public record Report(int recorded, int unchanged, List<String> unmatched, List<String> invalid) {
    }

    private ReviewImport() {
    }

    public static Report apply(ProjectStore store, List<ReviewRow> rows, String reviewer, String source) {
        Map<Long, CodingReview> existing = new HashMap<>();
        store.reviews().forEach(r -> existing.put(r.codingId(), r));
        List<Operation> ops = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        int unchanged = 0;
        java.util.function.Function<String, Optional<Coding>> byGuid = lookup(store, rows.size());
        for (ReviewRow row : rows) {
            Optional<Coding> coding = byGuid.apply(row.codingId());
            if (coding.isEmpty()) {
                unmatched.add(row.where() + ": no coding with id " + row.codingId() + " (removed since the export?)");
                continue;
            }
            String decision = canonical(row.decision());
            if (decision == null) {
                invalid.add(row.where() + ": '" + row.decision() + "' is not one of " + SegmentSheet.DECISIONS);
                continue;
            }
            CodingReview before = existing.get(coding.get().id());
            boolean same = before == null ? decision.isEmpty() && row.comment().isEmpty()
                    : before.decision().equals(decision) && before.comment().equals(row.comment());
            if (same) {
                unchanged++;
            } else {
                ops.add(new RecordReview(coding.get().id(), decision, row.comment(), reviewer));
            }
        }
        if (!ops.isEmpty()) {
            store.apply(new Batch(Label.of("batch.review", source, ops.size()), ops));
        }
        return new Report(ops.size(), unchanged, unmatched, invalid);
    }

    /** Beyond this many rows, every coding is read once instead of one query per row. */
    static final int ROWS_READ_ONE_BY_ONE = 500;

    private static java.util.function.Function<String, Optional<Coding>> lookup(ProjectStore store, int rows) {
        if (rows <= ROWS_READ_ONE_BY_ONE) {
            return store::codingByGuid;
        }
        Map<String, Coding> all = new HashMap<>();
        store.codings(tessera.core.store.CodingFilter.ALL).forEach(c -> all.put(c.guid(), c));
        return guid -> Optional.ofNullable(all.get(guid)); // as exact as the query it stands for
    }

    private static String canonical(String decision) {
        if (decision.isBlank()) {
            return "";
        }
        return SegmentSheet.DECISIONS.stream().filter(d -> d.equalsIgnoreCase(decision.strip())).findFirst().orElse(null);
    }
}
