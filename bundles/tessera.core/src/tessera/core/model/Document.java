package tessera.core.model;

import java.time.Instant;

/**
 * A document of the project. Its plain text is stored once, by content hash, and is what codings refer to:
 * {@code length} is counted in Unicode code points, like every position in Tessera.
 */
public record Document(long id, String guid, String name, String contentHash, String language,
        String sourceFormat, int length, Instant importedAt) {
}
