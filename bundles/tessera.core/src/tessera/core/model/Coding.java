package tessera.core.model;

import java.time.Instant;

/** A passage of a document tagged with a code: [start, end) in Unicode code points of the document's text. */
public record Coding(long id, String guid, long documentId, long codeId, long coderId, int start, int end,
        Instant created) {

    public int length() {
        return end - start;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
