package tessera.index.analysis;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Folds the text before it is tokenized exactly as {@link FoldedText} folds it for verification: code point by
 * code point to NFKC, typographic apostrophes to '. So the tokenizer sees what the verifier sees: a footnote mark
 * ① is the word 1 for both, a full-width Ａ an A. Offsets are corrected back to the original text.
 */
final class FoldingCharFilter extends BaseCharFilter {

    private String folded;
    private int at;

    FoldingCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (folded == null) {
            fold();
        }
        if (at >= folded.length()) {
            return -1;
        }
        int n = Math.min(length, folded.length() - at);
        folded.getChars(at, at + n, buffer, offset);
        at += n;
        return n;
    }

    private void fold() throws IOException {
        StringBuilder original = new StringBuilder();
        char[] chunk = new char[8192];
        for (int n = input.read(chunk); n >= 0; n = input.read(chunk)) {
            original.append(chunk, 0, n);
        }
        StringBuilder out = new StringBuilder(original.length());
        int diff = 0; // original offset minus folded offset, from the last correction on
        for (int i = 0; i < original.length();) {
            int cp = Character.codePointAt(original, i);
            int n = Character.charCount(cp);
            String f = FoldedText.foldCodePoint(original, i, n);
            out.append(f);
            i += n;
            if (f.length() != n) {
                diff += n - f.length();
                addOffCorrectMap(out.length(), diff);
            }
        }
        folded = out.toString();
    }
}
