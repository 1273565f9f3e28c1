package tessera.index.analysis;

/**
 * Whether the text field's tokens of a passage are exactly its words outside CJK, as the verifier reads them
 * ({@link WordChars}): then a one-word Latin, Greek or Cyrillic literal's occurrences in that passage are its term
 * frequency, and a search counts them from the postings without reading the passage. The standard tokenizer (UAX
 * #29, with {@link WordPartFilter}) and the word rule agree on letters and digits of those scripts, on separators and
 * on CJK, which ends a word part and needs no word edge. They may disagree elsewhere: on a letter of another script
 * beside a Latin one (Thai has no spaces), a letter newer than the tokenizer's Unicode tables, a combining mark after
 * a space, a run of more than 255 chars the tokenizer cuts. A passage with any of these is marked and verified, so the rule below need only be
 * safe, never complete.
 */
public final class WordsExact {

    /** The standard tokenizer's longest token; a longer run of non-white chars may be cut anywhere. */
    private static final int MAX_TOKEN = 255;

    private WordsExact() {
    }

    /** Whether a passage (as stored, before folding) has only words the tokenizer and the verifier agree on. */
    public static boolean of(CharSequence text) {
        int run = 0;
        int previous = ' ';
        for (int i = 0; i < text.length();) {
            int cp = Character.codePointAt(text, i);
            int n = Character.charCount(cp);
            String f = FoldedText.foldCodePoint(text, i, n);
            for (int k = 0; k < f.length();) {
                int c = f.codePointAt(k);
                k += Character.charCount(c);
                run = Character.isWhitespace(c) ? 0 : run + Character.charCount(c);
                if (run > MAX_TOKEN || !agreed(previous, c)) {
                    return false;
                }
                previous = c;
            }
            i += n;
        }
        return true;
    }

    /**
     * Whether a literal is one word of a script whose words the postings count exactly: ASCII digits and letters of
     * the Latin, Greek and Cyrillic scripts, with combining marks after a letter.
     */
    public static boolean isCountedWord(CharSequence folded) {
        if (folded.isEmpty() || folded.length() > MAX_TOKEN) {
            return false;
        }
        int previous = ' ';
        for (int i = 0; i < folded.length();) {
            int c = Character.codePointAt(folded, i);
            if (!alphabetic(c) && !(isMark(c) && (alphabetic(previous) || isMark(previous)))) {
                return false;
            }
            previous = c;
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * Whether a literal is counted words joined by single apostrophes, each between two letters ({@code l'union},
     * {@code d'un}, {@code rock'n'roll}): the standard tokenizer keeps such a run in one token, and the index holds
     * each run of its parts so joined as a term of its own.
     */
    public static boolean isCountedElision(String folded) {
        String[] parts = folded.split("'", -1);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!isCountedWord(part) || !Character.isLetter(part.codePointAt(0))
                    || !Character.isLetter(part.codePointBefore(part.length()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the tokenizer and the word rule surely agree on where words end between these two folded chars. */
    private static boolean agreed(int previous, int c) {
        if (!WordChars.continuesWord(c)) {
            return true; // a separator ends a word for both, and a word part filter splits tokens there
        }
        if (isMark(c)) {
            return alphabetic(previous) || isMark(previous); // a mark after a space is a word only to the verifier
        }
        if (alphabetic(c)) {
            return !WordChars.continuesWord(previous) || alphabetic(previous) || isMark(previous)
                    || Scripts.isCjk(previous);
        }
        return Scripts.isCjk(c); // CJK ends a word part beside any script; letters and digits of others may not
    }

    static boolean alphabetic(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        // Only the long-established blocks of these scripts: the tokenizer's tables are of an older Unicode than
        // the JDK's, and a letter it does not know ends its token where the verifier sees a word go on.
        boolean established = c >= 0xC0 && c <= 0x2AF || c >= 0x370 && c <= 0x52F || c >= 0x1E00 && c <= 0x1FFF;
        if (!established || !Character.isLetter(c)) {
            return false;
        }
        Character.UnicodeScript s = c <= 0x24F ? Character.UnicodeScript.LATIN : Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.LATIN || s == Character.UnicodeScript.GREEK
                || s == Character.UnicodeScript.CYRILLIC;
    }

    private static boolean isMark(int c) {
        return c >= 0x0300 && c <= 0x036F; // the combining diacritical marks Latin, Greek and Cyrillic use
    }
}
