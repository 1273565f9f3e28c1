package tessera.core.model;

/**
 * Where a coding lies and whose it is, without its GUID and time: what computations over very many codings
 * (agreement) read, at a fraction of a full {@link Coding}'s cost.
 */
public record CodingRange(long documentId, long codeId, long coderId, int start, int end) {
}
