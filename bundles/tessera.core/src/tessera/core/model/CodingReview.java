package tessera.core.model;

import java.time.Instant;

/** A reviewer's decision on a coding (e.g. accept, reject, revise) with a comment, as sent back in a review sheet. */
public record CodingReview(long id, long codingId, String decision, String comment, String reviewer, Instant reviewedAt) {
}
