package tessera.core.text;

import java.util.Arrays;

/**
 * Paragraph numbers of a text's code-point positions, as the index and the editor count paragraphs: each line
 * that is not blank is one, so the blank line between two paragraphs does not count as a paragraph of its own (a
 * position in it belongs to the paragraph before). Co-occurrence "in the same paragraph" and the coding queries'
 * NEAR/Np and FOLLOWED BY/Np use it.
 */
public final class Paragraphs {

    /** The code point where each line starts, and the paragraph number each line belongs to. */
    private final int[] lineStarts;
    private final int[] paragraph;

    private Paragraphs(int[] lineStarts, int[] paragraph) {
        this.lineStarts = lineStarts;
        this.paragraph = paragraph;
    }

    public static Paragraphs of(String text) {
        int[] starts = new int[16];
        int[] numbers = new int[16];
        int lines = 0;
        int seen = 0; // paragraphs (non-blank lines) begun so far
        int cp = 0;
        int i = 0;
        while (true) {
            int lineStart = cp;
            boolean blank = true;
            while (i < text.length() && text.charAt(i) != '\n') {
                int c = text.codePointAt(i);
                blank &= Character.isWhitespace(c);
                i += Character.charCount(c);
                cp++;
            }
            if (lines == starts.length) {
                starts = Arrays.copyOf(starts, lines * 2);
                numbers = Arrays.copyOf(numbers, lines * 2);
            }
            if (!blank) {
                seen++;
            }
            starts[lines] = lineStart;
            numbers[lines] = Math.max(0, seen - 1);
            lines++;
            if (i >= text.length()) {
                break;
            }
            i++; // the line break belongs to the line it ends
            cp++;
        }
        return new Paragraphs(Arrays.copyOf(starts, lines), Arrays.copyOf(numbers, lines));
    }

    /** The 0-based paragraph of a code point. */
    public int paragraphOf(int cp) {
        int i = Arrays.binarySearch(lineStarts, cp);
        int line = i >= 0 ? i : -i - 2;
        return paragraph[Math.max(0, line)];
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
