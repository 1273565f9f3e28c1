package tessera.index.analysis;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A text folded as the text field folds it (NFKC, so full-width and half-width forms meet, typographic apostrophes
 * as ', then lower case), with
 * the code point of the original behind every folded char, so that a match found in the folded text is reported
 * at the exact original code points. This is how hits are verified: the index proposes units, the stored text
 * decides.
 */
public final class FoldedText {

    private final String folded;
    private final int[] originalCp;
    private final int originalLength;

    private FoldedText(String folded, int[] originalCp, int originalLength) {
        this.folded = folded;
        this.originalCp = originalCp;
        this.originalLength = originalLength;
    }

    /** Folds a text; code points are counted from {@code firstCp} (the unit's start in its document). */
    public static FoldedText of(String text, int firstCp) {
        StringBuilder out = new StringBuilder(text.length());
        int[] map = new int[text.length() * 2 + 4];
        int cp = firstCp;
        boolean space = false;
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            boolean white = Character.isWhitespace(c);
            // a run of white space is one space, as a phrase's spaces are
            String f = white ? (space ? "" : " ") : n == 1 ? foldChar(text.charAt(i)) : foldOne(text.substring(i, i + n));
            space = white;
            for (int k = 0; k < f.length(); k++) {
                if (out.length() + 1 >= map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                map[out.length()] = cp;
                out.append(f.charAt(k));
            }
            cp++;
            i += n;
        }
        map[out.length()] = cp;
        return new FoldedText(out.toString(), map, cp);
    }

    /** How a query's literal is folded before it is looked for: code point by code point, as the text is. */
    public static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            boolean white = Character.isWhitespace(c);
            out.append(white ? (space ? "" : " ") : foldOne(s.substring(i, i + n)));
            space = white;
            i += n;
        }
        return out.toString();
    }

    /** The folded form of the code point of {@code n} chars at {@code i}: what the index's tokenizer reads. */
    static String foldCodePoint(CharSequence text, int i, int n) {
        return n == 1 ? foldChar(text.charAt(i)) : foldOne(text.subSequence(i, i + n).toString());
    }

    private static String foldChar(char c) {
        String f = BMP[c];
        return f != null ? f : foldOne(String.valueOf(c));
    }

    /** Folded forms of BMP characters, filled as they are met: normalising char by char is the costly part. */
    private static final String[] BMP = new String[0x10000];

    private static String foldOne(String cp) {
        if (cp.length() == 1) {
            char c = cp.charAt(0);
            String f = BMP[c];
            if (f == null) {
                f = c < 0x80 ? cp.toLowerCase(Locale.ROOT) : isApostrophe(c) ? "'" : normalise(cp);
                BMP[c] = f;
            }
            return f;
        }
        return normalise(cp);
    }

    /** Typographic apostrophes meet the typed one, so l'État finds l’État (NFKC leaves them apart). */
    private static boolean isApostrophe(char c) {
        return c == '\u2019' || c == '\u2018' || c == '\u02BC';
    }

    private static String normalise(String cp) {
        String n = Normalizer.isNormalized(cp, Normalizer.Form.NFKC) ? cp : Normalizer.normalize(cp, Normalizer.Form.NFKC);
        return n.toLowerCase(Locale.ROOT);
    }

    public String folded() {
        return folded;
    }

    /** The original code point at a folded char index (the end of the text for {@code folded().length()}). */
    public int codePointAt(int foldedIndex) {
        return originalCp[foldedIndex];
    }

    /** The original end (exclusive) of a match ending at folded index {@code foldedEnd} (exclusive). */
    public int endCodePoint(int foldedEnd) {
        return foldedEnd == 0 ? originalCp[0] : originalCp[foldedEnd - 1] + 1;
    }

    public int originalEnd() {
        return originalLength;
    }
}
