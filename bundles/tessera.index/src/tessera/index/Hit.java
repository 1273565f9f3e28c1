package tessera.index;

/**
 * One hit: [start, end) in code points of its document's text, the text there, and up to {@link #CONTEXT} code
 * points of context on each side within its paragraph or segment (a key word in context line).
 */
public record Hit(long documentId, int start, int end, String text, String left, String right, Long codingId) {

    public static final int CONTEXT = 30;
}
