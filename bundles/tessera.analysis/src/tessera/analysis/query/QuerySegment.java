package tessera.analysis.query;

import java.util.List;

/** One result of a coding query: a stretch of a document, its text, and the codes whose codings overlap it. */
public record QuerySegment(long documentId, String document, int start, int end, String text, List<String> codes) {

    public QuerySegment {
        codes = List.copyOf(codes);
    }
}
