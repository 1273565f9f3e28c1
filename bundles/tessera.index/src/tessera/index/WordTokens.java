package tessera.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import tessera.index.analysis.CjkWords;
import tessera.index.analysis.WordAnalyzers;

/**
 * The words of one line as a language's analyzer segments them, with their place in the line; for Chinese,
 * neighbouring pieces the dictionary does not know but a word list does are joined again (北 九 州: 北九州), the
 * longest listed word first. Word frequencies and the editor's double-click read words here.
 */
public final class WordTokens {

    /** A word: its analyzed form (the key it is counted under) and [start, end) in UTF-16 of the line. */
    public record Token(String term, int start, int end) {
    }

    /** How many pieces a listed word may be joined from. */
    private static final int MAX_PIECES = 8;

    private WordTokens() {
    }

    public static List<Token> of(String line, String language, Set<String> keepWhole) {
        List<Token> raw = new ArrayList<>();
        try (TokenStream ts = WordAnalyzers.of(language).tokenStream("w", line)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                raw.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return WordAnalyzers.key(language).equals("zh") ? join(raw, line, keepWhole) : raw;
    }

    /** Joins touching pieces whose text together is a listed word, longest first. */
    static List<Token> join(List<Token> pieces, String line, Set<String> keepWhole) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            int best = i;
            for (int j = Math.min(pieces.size() - 1, i + MAX_PIECES - 1); j > i; j--) {
                if (touching(pieces, i, j)) {
                    String word = line.substring(pieces.get(i).start(), pieces.get(j).end());
                    if (keepWhole.contains(word) || CjkWords.contains(word)) {
                        best = j;
                        break;
                    }
                }
            }
            Token first = pieces.get(i);
            if (best == i) {
                out.add(first);
            } else {
                int end = pieces.get(best).end();
                out.add(new Token(line.substring(first.start(), end), first.start(), end));
            }
            i = best + 1;
        }
        return out;
    }

    private static boolean touching(List<Token> pieces, int from, int to) {
        for (int k = from; k < to; k++) {
            if (pieces.get(k).end() != pieces.get(k + 1).start()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word at a place of a line, as [start, end) in UTF-16 of the line: the segmented word there, or the one
     * character there when the analyzer drops it (a particle, punctuation).
     */
    public static int[] at(String line, int offset, String language, Set<String> keepWhole) {
        if (offset < 0 || offset >= line.length()) {
            return null;
        }
        for (Token t : of(line, language, keepWhole)) {
            if (t.start() <= offset && offset < t.end()) {
                return new int[] {t.start(), t.end()};
            }
        }
        int start = Character.isLowSurrogate(line.charAt(offset)) && offset > 0 ? offset - 1 : offset;
        return new int[] {start, start + Character.charCount(line.codePointAt(start))};
    }
}
