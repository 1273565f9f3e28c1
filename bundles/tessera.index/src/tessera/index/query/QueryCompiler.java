package tessera.index.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.eclipse.osgi.util.NLS;

import tessera.index.Fields;
import tessera.index.analysis.CjkBigramAnalyzer;
import tessera.index.analysis.FoldedText;
import tessera.index.analysis.Scripts;
import tessera.index.analysis.WordAnalyzers;
import tessera.index.internal.IndexMessages;
import tessera.index.query.QueryNode.Field;
import tessera.index.query.QueryNode.Term.Kind;

/**
 * Turns a parsed query into a Lucene query over index units, and lists the literals its hits must show. Text
 * literals ask the index for units holding every one of their tokens (CJK bigrams, or words), a superset that
 * the stored text then narrows to exact hits; phrases with slop and NEAR use positional intervals.
 */
public final class QueryCompiler {

    private static final Analyzer TEXT = CjkBigramAnalyzer.forQuery();

    private QueryCompiler() {
    }

    /** Whether a query selects coded segments (it names a code or a coder) rather than text units. */
    public static boolean selectsSegments(QueryNode node) {
        return switch (node) {
            case QueryNode.Or o -> o.clauses().stream().anyMatch(QueryCompiler::selectsSegments);
            case QueryNode.And a -> a.clauses().stream().anyMatch(QueryCompiler::selectsSegments);
            case QueryNode.Not n -> selectsSegments(n.clause());
            case QueryNode.Near n -> selectsSegments(n.left()) || selectsSegments(n.right());
            case QueryNode.Term t -> t.field() == Field.CODE || t.field() == Field.CODER;
            case QueryNode.Phrase p -> p.field() == Field.CODE || p.field() == Field.CODER;
        };
    }

    public static Query compile(QueryNode node) {
        return switch (node) {
            case QueryNode.Or o -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                o.clauses().forEach(c -> b.add(compile(c), Occur.SHOULD));
                yield b.build();
            }
            case QueryNode.And a -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                boolean positive = false;
                for (QueryNode c : a.clauses()) {
                    if (c instanceof QueryNode.Not n) {
                        b.add(compile(n.clause()), Occur.MUST_NOT);
                    } else {
                        b.add(compile(c), Occur.MUST);
                        positive = true;
                    }
                }
                if (!positive) {
                    b.add(new MatchAllDocsQuery(), Occur.MUST);
                }
                yield b.build();
            }
            case QueryNode.Not n -> new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                    .add(compile(n.clause()), Occur.MUST_NOT).build();
            case QueryNode.Near n -> new IntervalQuery(Fields.TEXT,
                    Intervals.maxgaps(n.distance(), Intervals.unordered(intervals(n.left()), intervals(n.right()))));
            case QueryNode.Term t -> term(t.field(), t.text(), t.kind());
            case QueryNode.Phrase p -> p.slop() > 0 && p.field() == Field.TEXT
                    ? new IntervalQuery(Fields.TEXT, Intervals.maxgaps(p.slop(), Intervals.ordered(
                            words(p.text()).stream().map(QueryCompiler::literalIntervals).toArray(IntervalsSource[]::new))))
                    : term(p.field(), p.text(), Kind.EXACT);
        };
    }

    private static Query term(Field field, String text, Kind kind) {
        String folded = FoldedText.fold(text);
        String lower = text.toLowerCase(Locale.ROOT);
        return switch (field) {
            case TEXT -> textQuery(folded, kind);
            case WORD -> wordQuery(text);
            case CODE -> keyword(Fields.CODE, lower, kind);
            case DOC -> keyword(Fields.DOC_NAME, lower, kind);
            case ATTR -> keyword(Fields.ATTR, lower, kind);
            case CODER -> keyword(Fields.CODER, lower, kind);
            case LANG -> new TermQuery(new Term(Fields.LANG, WordAnalyzers.key(lower)));
        };
    }

    private static Query keyword(String field, String value, Kind kind) {
        return switch (kind) {
            case EXACT -> new TermQuery(new Term(field, value));
            case PREFIX -> new PrefixQuery(new Term(field, value));
            case WILDCARD -> new WildcardQuery(new Term(field, value));
        };
    }

    /**
     * Longer literals are looked up by their tokens anywhere in the unit: the tokenizer cuts runs of more than 255
     * chars where the run starts, which need not be where the literal does.
     */
    private static final int LONGEST_PHRASE = 200;

    private static Query textQuery(String folded, Kind kind) {
        if (kind == Kind.PREFIX && !Scripts.hasCjk(folded)) {
            return new PrefixQuery(new Term(Fields.TEXT, folded));
        }
        if (kind == Kind.WILDCARD && !Scripts.hasCjk(folded)) {
            return new WildcardQuery(new Term(Fields.TEXT, folded));
        }
        // every token of the literal (for a wildcard: of its fixed parts) must be in the unit
        List<String> tokens = new ArrayList<>();
        for (String part : kind == Kind.WILDCARD ? folded.split("[*?]") : new String[] {folded}) {
            tokens.addAll(tokens(TEXT, part));
        }
        if (tokens.isEmpty()) {
            return new MatchAllDocsQuery(); // punctuation only: the stored text decides
        }
        if (kind == Kind.EXACT && tokens.size() > 1 && !Scripts.hasCjk(folded) && folded.length() <= LONGEST_PHRASE) {
            // where the text holds the literal, its tokens follow one another there as the literal's own do: words
            // and their parts, split at separators and spaces alike (d'un, member states, 3.14)
            return new PhraseQuery(Fields.TEXT, tokens.toArray(String[]::new));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        tokens.stream().distinct().forEach(t -> b.add(new TermQuery(new Term(Fields.TEXT, t)), Occur.FILTER));
        return b.build();
    }

    private static Query wordQuery(String text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (String key : WordAnalyzers.LANGUAGES) {
            List<String> words = tokens(WordAnalyzers.of(key), text);
            if (words.isEmpty()) {
                continue;
            }
            any = true;
            String field = WordAnalyzers.field(key);
            if (words.size() == 1) {
                b.add(new TermQuery(new Term(field, words.get(0))), Occur.SHOULD);
            } else {
                b.add(new IntervalQuery(field, Intervals.phrase(words.toArray(String[]::new))), Occur.SHOULD);
            }
        }
        return any ? b.build() : new MatchNoDocsQuery("only stop words");
    }

    private static IntervalsSource intervals(QueryNode node) {
        return switch (node) {
            case QueryNode.Term t when t.field() == Field.TEXT -> literalIntervals(FoldedText.fold(t.text()));
            case QueryNode.Phrase p when p.field() == Field.TEXT -> literalIntervals(FoldedText.fold(p.text()));
            case QueryNode.Or o -> Intervals.or(o.clauses().stream().map(QueryCompiler::intervals)
                    .toArray(IntervalsSource[]::new));
            default -> throw new QuerySyntaxException(IndexMessages.nearTakesText, 1,
                    node.toString());
        };
    }

    private static IntervalsSource literalIntervals(String folded) {
        List<String> tokens = tokens(TEXT, folded);
        if (tokens.isEmpty()) {
            throw new QuerySyntaxException(NLS.bind(IndexMessages.nothingSearchable, folded), 1, folded);
        }
        return tokens.size() == 1 ? Intervals.term(tokens.get(0)) : Intervals.phrase(tokens.toArray(String[]::new));
    }

    private static List<String> words(String phrase) {
        return List.of(phrase.strip().split("\\s+")).stream().map(FoldedText::fold).toList();
    }

    /** The tokens an analyzer makes of a text. */
    public static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The units that may hold a literal: a superset, which the stored text narrows. */
    public static Query candidates(Literal literal) {
        return literal.word() ? wordQuery(literal.text())
                : textQuery(FoldedText.fold(literal.text().strip()), literal.kind());
    }

    /** The text and word literals that hits must show: those not under a NOT. */
    public static List<Literal> literals(QueryNode node) {
        List<Literal> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(QueryNode node, List<Literal> out) {
        switch (node) {
            case QueryNode.Or o -> o.clauses().forEach(c -> collect(c, out));
            case QueryNode.And a -> a.clauses().forEach(c -> collect(c, out));
            case QueryNode.Not n -> {
                // what a query excludes is never a hit
            }
            case QueryNode.Near n -> {
                collect(n.left(), out);
                collect(n.right(), out);
            }
            case QueryNode.Term t -> {
                if (t.field() == Field.TEXT || t.field() == Field.WORD) {
                    out.add(new Literal(t.text(), t.field() == Field.WORD, t.kind()));
                }
            }
            case QueryNode.Phrase p -> {
                if (p.field() == Field.TEXT && p.slop() > 0) {
                    words(p.text()).forEach(w -> out.add(new Literal(w, false, Kind.EXACT)));
                } else if (p.field() == Field.TEXT || p.field() == Field.WORD) {
                    out.add(new Literal(p.text(), p.field() == Field.WORD, Kind.EXACT));
                }
            }
        }
    }
}
