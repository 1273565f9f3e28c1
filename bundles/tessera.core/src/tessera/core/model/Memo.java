package tessera.core.model;

import java.time.Instant;

/** A note written by a coder on the project, a document, a code or a coding. */
public record Memo(long id, String guid, MemoTarget target, long coderId, String text, Instant created,
        Instant modified) {
}
