package tessera.index.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits the standard tokenizer's words at every character that does not continue a word ({@link WordChars}):
 * UAX #29 keeps {@code Seoul's}, {@code lists.debian.org}, {@code l'État} and {@code 1,000} whole, so a query
 * for Seoul, debian or État would never reach them. It also splits where CJK meets another script inside a word:
 * UAX #29 counts Hangul as letters, so {@code OECD의} and {@code 2020년} come as one token, and neither OECD,
 * 2020 nor the Hangul would be found; a CJK part gets its script's token type, so that it is made into bigrams.
 * Each part keeps exact offsets; the first part keeps the token's position increment, the others follow it one
 * position apart, so phrases still match.
 */
final class WordPartFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private char[] pending = new char[0];
    private int pendingLength;
    private int pendingAt;
    private int pendingStart;
    private boolean offsetsMatch;
    private State state;
    /** For the index: also the parts joined by apostrophes (see {@link #WordPartFilter(TokenStream, boolean)}). */
    private final boolean elisions;
    /** The starts of the parts of the current apostrophe run; the joins waiting: [start, end) and the last part's start. */
    private final java.util.List<Integer> runStarts = new java.util.ArrayList<>();
    private final java.util.ArrayDeque<int[]> joins = new java.util.ArrayDeque<>();
    private int lastPartEnd;

    WordPartFilter(TokenStream in) {
        this(in, false);
    }

    /**
     * @param elisions also emit, at the same position, each run of parts joined by single apostrophes inside one
     *     token ({@code l'union}, {@code d'un}, {@code union's} of {@code l'union's}): a literal written so is then
     *     one term, counted from the postings like a word. For the index only; queries look the parts up.
     */
    WordPartFilter(TokenStream in, boolean elisions) {
        super(in);
        this.elisions = elisions;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (true) {
            if (!joins.isEmpty()) {
                int[] join = joins.poll();
                restoreState(state);
                term.copyBuffer(pending, join[0], join[1] - join[0]);
                if (offsetsMatch) {
                    // the last part's offsets: Lucene wants start offsets in order, and nothing reads a join's
                    offset.setOffset(pendingStart + join[2], pendingStart + join[1]);
                }
                position.setPositionIncrement(0);
                return true;
            }
            if (state != null && emitNextPart(false)) {
                return true;
            }
            state = null;
            if (!input.incrementToken()) {
                return false;
            }
            if (!needsSplit()) {
                return true;
            }
            pendingLength = term.length();
            if (pending.length < pendingLength) {
                pending = new char[pendingLength];
            }
            System.arraycopy(term.buffer(), 0, pending, 0, pendingLength);
            pendingAt = 0;
            runStarts.clear();
            lastPartEnd = -2;
            pendingStart = offset.startOffset();
            // this filter runs right after the tokenizer, so the term is the text itself; should a filter ever be
            // put before it that changes lengths, the parts keep the whole token's offsets rather than wrong ones
            offsetsMatch = offset.endOffset() - offset.startOffset() == pendingLength;
            state = captureState();
            if (emitNextPart(true)) {
                return true;
            }
            state = null; // nothing but separators: no token
        }
    }

    private boolean needsSplit() {
        char[] b = term.buffer();
        int first = term.length() == 0 ? 0 : Character.codePointAt(b, 0, term.length());
        for (int i = 0; i < term.length();) {
            int cp = Character.codePointAt(b, i, term.length());
            if (!WordChars.continuesWord(cp) || Scripts.isCjk(cp) != Scripts.isCjk(first)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private boolean emitNextPart(boolean first) {
        int from = skip(pendingAt, false);
        if (from >= pendingLength) {
            return false;
        }
        boolean cjk = Scripts.isCjk(Character.codePointAt(pending, from, pendingLength));
        int to = wordEnd(from, cjk);
        pendingAt = to;
        if (elisions) {
            queueJoins(from, to, cjk);
        }
        restoreState(state);
        term.copyBuffer(pending, from, to - from);
        if (cjk) {
            type.setType(cjkType(Character.codePointAt(pending, from, pendingLength)));
        }
        if (offsetsMatch) {
            offset.setOffset(pendingStart + from, pendingStart + to);
        }
        if (!first) {
            position.setPositionIncrement(1);
        }
        return true;
    }

    /** Queues the joins that end with the part [from, to): those of the apostrophe run it continues. */
    private void queueJoins(int from, int to, boolean cjk) {
        boolean continues = !cjk && from == lastPartEnd + 1 && pending[lastPartEnd] == '\'';
        if (!continues) {
            runStarts.clear();
        }
        for (int start : runStarts) {
            joins.add(new int[] {start, to, from});
        }
        if (!cjk) {
            runStarts.add(from);
        }
        lastPartEnd = to;
    }

    /** Where the word part from {@code i} ends: at a separator, or where CJK (for {@code cjk} true) ends or begins. */
    private int wordEnd(int i, boolean cjk) {
        while (i < pendingLength) {
            int cp = Character.codePointAt(pending, i, pendingLength);
            if (!WordChars.continuesWord(cp) || Scripts.isCjk(cp) != cjk) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The standard tokenizer's type for a CJK character's script, which the bigram filter goes by. */
    private static String cjkType(int cp) {
        int kind = switch (Character.UnicodeScript.of(cp)) {
            case HANGUL -> StandardTokenizer.HANGUL;
            case HIRAGANA -> StandardTokenizer.HIRAGANA;
            case KATAKANA -> StandardTokenizer.KATAKANA;
            default -> StandardTokenizer.IDEOGRAPHIC;
        };
        return StandardTokenizer.TOKEN_TYPES[kind];
    }

    /** The first index from {@code i} whose character is (for {@code word} false) or is not a word character. */
    private int skip(int i, boolean word) {
        while (i < pendingLength) {
            int cp = Character.codePointAt(pending, i, pendingLength);
            if (WordChars.continuesWord(cp) != word) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        state = null;
        joins.clear();
        runStarts.clear();
        pendingLength = 0;
        pendingAt = 0;
    }
}
