package tessera.core.text;

import java.util.Arrays;

/**
 * Paragraph numbers of a text's code-point positions: a paragraph ends at each line break, as the index and the
 * editor's margin count them. Co-occurrence "in the same paragraph" and the coding queries' NEAR/Np use it.
 */
public final class Paragraphs {

    private final int[] breaks;

    private Paragraphs(int[] breaks) {
        this.breaks = breaks;
    }

    public static Paragraphs of(String text) {
        int[] at = new int[16];
        int n = 0;
        int cp = 0;
        for (int i = 0; i < text.length(); cp++) {
            int c = text.codePointAt(i);
            if (c == '\n') {
                if (n == at.length) {
                    at = Arrays.copyOf(at, n * 2);
                }
                at[n++] = cp;
            }
            i += Character.charCount(c);
        }
        return new Paragraphs(Arrays.copyOf(at, n));
    }

    /** The 0-based paragraph of a code point (a line break belongs to the paragraph it ends). */
    public int paragraphOf(int cp) {
        int i = Arrays.binarySearch(breaks, cp);
        return i >= 0 ? i : -i - 1;
    }

    /** The paragraph of the first code point of [start, end). */
    public int first(int start, int end) {
        return paragraphOf(start);
    }

    /** The paragraph of the last code point of [start, end). */
    public int last(int start, int end) {
        return paragraphOf(Math.max(start, end - 1));
    }
}
