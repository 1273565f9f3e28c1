package tessera.index.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import tessera.core.text.CodePointIndex;
import tessera.index.analysis.FoldedText;
import tessera.index.analysis.WordAnalyzers;
import tessera.index.analysis.WordChars;
import tessera.index.query.QueryNode.Term.Kind;

/**
 * Finds a literal in the stored text of a unit, giving document code points: text literals in the folded text (a
 * CJK one anywhere, a Latin one as whole words, a prefix to the end of its word), word literals among the unit's
 * segmented words. This, not the index, decides what a hit is.
 */
public final class LiteralMatcher {

    /** A match: [start, end) in document code points. */
    public record Span(int start, int end) {
    }

    private LiteralMatcher() {
    }

    public static List<Span> find(Literal literal, String unitText, int unitStart, String unitLanguage,
            FoldedText folded) {
        return literal.word() ? words(literal.text(), unitText, unitStart, unitLanguage)
                : text(literal, folded);
    }

    /**
     * Where a quoted phrase occurs in a whole document's text, as a search hit would: folded (case, width,
     * white space), a CJK phrase anywhere, a Latin one as whole words. The coding queries' "phrase" operands use it.
     */
    public static List<Span> phrase(String phrase, String documentText) {
        return text(new Literal(phrase, false, Kind.EXACT), FoldedText.of(documentText, 0));
    }

    static List<Span> text(Literal literal, FoldedText folded) {
        String hay = folded.folded();
        String needle = FoldedText.fold(literal.text().strip());
        List<Span> out = new ArrayList<>();
        if (needle.isEmpty()) {
            return out;
        }
        if (literal.kind() == Kind.WILDCARD) {
            Matcher m = wildcard(needle).matcher(hay);
            while (m.find()) {
                if (m.end() > m.start() && wordBounded(hay, m.start(), m.end())) {
                    out.add(new Span(folded.codePointAt(m.start()), folded.endCodePoint(m.end())));
                }
            }
            return out;
        }
        boolean prefix = literal.kind() == Kind.PREFIX;
        for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            if (prefix && isWordChar(hay, end - 1)) {
                while (end < hay.length() && isWordChar(hay, end) && !isCjk(hay, end)) {
                    end++;
                }
            }
            if (wordBounded(hay, at, end)) {
                out.add(new Span(folded.codePointAt(at), folded.endCodePoint(end)));
            }
        }
        return out;
    }

    private static Pattern wildcard(String needle) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < needle.length(); i++) {
            char c = needle.charAt(i);
            if (c == '*') {
                regex.append("[\\p{L}\\p{N}\\p{M}]*?");
            } else if (c == '?') {
                regex.append("[\\p{L}\\p{N}\\p{M}]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /**
     * A Latin (or any space-separated script's) edge of a match must not be continued by a word character
     * ({@link WordChars}, the rule the index splits words by); CJK edges need no boundary.
     */
    private static boolean wordBounded(String hay, int start, int end) {
        boolean startOk = start == 0 || isCjk(hay, start) || !isWordChar(hay, start) || !isWordChar(hay, start - 1)
                || isCjk(hay, start - 1);
        boolean endOk = end >= hay.length() || isCjk(hay, end - 1) || !isWordChar(hay, end - 1)
                || !isWordChar(hay, end) || isCjk(hay, end);
        return startOk && endOk;
    }

    private static boolean isWordChar(String s, int i) {
        return WordChars.continuesWord(s.codePointAt(i));
    }

    private static boolean isCjk(String s, int i) {
        return tessera.index.analysis.Scripts.isCjk(s.codePointAt(i));
    }

    static List<Span> words(String query, String unitText, int unitStart, String unitLanguage) {
        Analyzer analyzer = WordAnalyzers.of(unitLanguage);
        List<String> wanted = QueryCompiler.tokens(analyzer, query);
        List<Span> out = new ArrayList<>();
        if (wanted.isEmpty()) {
            return out;
        }
        List<String> terms = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("w", unitText)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
                offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CodePointIndex index = CodePointIndex.of(unitText);
        for (int i = 0; i + wanted.size() <= terms.size(); i++) {
            if (terms.subList(i, i + wanted.size()).equals(wanted)) {
                out.add(new Span(unitStart + index.toCodePoint(offsets.get(i)[0]),
                        unitStart + index.toCodePoint(offsets.get(i + wanted.size() - 1)[1])));
            }
        }
        return out;
    }
}
