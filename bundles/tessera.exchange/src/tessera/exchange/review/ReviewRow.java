package tessera.exchange.review;

/** One row of a review sheet sent back: where it is, the coding's GUID, and the reviewer's decision and comment. */
public record ReviewRow(String where, String codingId, String decision, String comment) {
}
