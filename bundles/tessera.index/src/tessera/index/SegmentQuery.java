package tessera.index;

import java.io.IOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import tessera.index.analysis.FoldedText;
import tessera.index.query.Literal;
import tessera.index.query.LiteralMatcher;
import tessera.index.query.QueryCompiler;
import tessera.index.query.QueryNode;
import tessera.index.query.QueryNode.Field;

/**
 * A query over coded segments (one that names a code or a coder), decided segment by segment. The index answers
 * the filters (code, coder, document, attributes, language) and proximity (NEAR, phrases with slop) exactly; for a
 * word or phrase of the text it gives a superset, the segments holding its tokens, and word: queries it leaves to
 * the text, since segments are not analysed into a language's words. Each segment left is then decided on its
 * stored text, as hits are found ({@link LiteralMatcher}): so a NOT excludes exactly what the text shows.
 */
final class SegmentQuery {

    private final QueryNode query;
    private final IndexSearcher searcher;
    /** Each clause the index answers exactly: the segments it matches, by global doc id. */
    private final Map<QueryNode, BitSet> exact = new HashMap<>();
    private final boolean filtersOnly;

    SegmentQuery(IndexSearcher searcher, QueryNode query) {
        this.searcher = searcher;
        this.query = query;
        this.filtersOnly = leaves(query).stream().noneMatch(SegmentQuery::isLiteral);
    }

    private static List<QueryNode> leaves(QueryNode node) {
        return switch (node) {
            case QueryNode.Or o -> o.clauses().stream().flatMap(c -> leaves(c).stream()).toList();
            case QueryNode.And a -> a.clauses().stream().flatMap(c -> leaves(c).stream()).toList();
            case QueryNode.Not n -> leaves(n.clause());
            default -> List.of(node);
        };
    }

    /** A word or phrase of the text without slop, or a word: query: what a segment's text decides. */
    private static boolean isLiteral(QueryNode node) {
        return node instanceof QueryNode.Term t && (t.field() == Field.TEXT || t.field() == Field.WORD)
                || node instanceof QueryNode.Phrase p && (p.field() == Field.WORD
                        || p.field() == Field.TEXT && p.slop() == 0);
    }

    private static Query segments(Query q) {
        return new BooleanQuery.Builder().add(q, Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, Fields.SEGMENT_UNIT)), Occur.FILTER).build();
    }

    /**
     * The segments that may match, ascending: each that does, and others that {@link #matches} rules out. Then
     * looks up, among them only, the segments each clause the index answers matches.
     */
    List<Integer> candidates() throws IOException {
        Query candidates = segments(superset(query, true));
        List<Integer> found = searcher.search(candidates, UnitCollector.manager());
        if (!filtersOnly) {
            for (QueryNode leaf : leaves(query)) {
                if (!isLiteral(leaf) && !exact.containsKey(leaf)) {
                    BitSet set = new BitSet();
                    searcher.search(new BooleanQuery.Builder().add(QueryCompiler.compile(leaf), Occur.MUST)
                            .add(candidates, Occur.FILTER).build(), UnitCollector.manager()).forEach(set::set);
                    exact.put(leaf, set);
                }
            }
        }
        return found;
    }

    /** Whether the candidates are the answer: then no segment needs deciding. */
    boolean filtersOnly() {
        return filtersOnly;
    }

    /**
     * A superset of the segments the clause matches ({@code superset}), or a subset (under a NOT, whose complement
     * must again be a superset).
     */
    private Query superset(QueryNode node, boolean superset) {
        switch (node) {
            case QueryNode.Or o -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                o.clauses().forEach(c -> b.add(superset(c, superset), Occur.SHOULD));
                return b.build();
            }
            case QueryNode.And a -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                boolean positive = false;
                for (QueryNode c : a.clauses()) {
                    if (c instanceof QueryNode.Not n) {
                        b.add(superset(n.clause(), !superset), Occur.MUST_NOT);
                    } else {
                        b.add(superset(c, superset), Occur.MUST);
                        positive = true;
                    }
                }
                if (!positive) {
                    b.add(new MatchAllDocsQuery(), Occur.MUST);
                }
                return b.build();
            }
            case QueryNode.Not n -> {
                return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                        .add(superset(n.clause(), !superset), Occur.MUST_NOT).build();
            }
            default -> {
                if (!isLiteral(node)) {
                    return QueryCompiler.compile(node);
                }
                if (!superset) {
                    return new MatchNoDocsQuery();
                }
                return QueryCompiler.literals(node).get(0).word() ? new MatchAllDocsQuery()
                        : QueryCompiler.compile(node);
            }
        }
    }

    /** The decision on a segment read back. */
    Decision decide(Search.Unit unit) {
        return new Decision(unit);
    }

    /** One segment's decision: each clause decided once, each literal's places in its text found once. */
    final class Decision {
        private final Search.Unit unit;
        private FoldedText folded;
        private final Map<QueryNode, Boolean> decided = new HashMap<>();
        private final Map<Literal, List<LiteralMatcher.Span>> found = new HashMap<>();

        private Decision(Search.Unit unit) {
            this.unit = unit;
        }

        /** Whether the segment matches the query. */
        boolean matches() {
            return filtersOnly || matches(query);
        }

        private boolean matches(QueryNode node) {
            return switch (node) {
                case QueryNode.Or o -> o.clauses().stream().anyMatch(this::matches);
                case QueryNode.And a -> a.clauses().stream().allMatch(this::matches);
                case QueryNode.Not n -> !matches(n.clause());
                default -> decided.computeIfAbsent(node, this::leaf);
            };
        }

        private boolean leaf(QueryNode node) {
            BitSet set = exact.get(node);
            return set != null ? set.get(unit.doc()) : !spans(QueryCompiler.literals(node).get(0)).isEmpty();
        }

        /** Where a literal is in the segment's text. */
        List<LiteralMatcher.Span> spans(Literal literal) {
            List<LiteralMatcher.Span> spans = found.get(literal);
            if (spans == null) {
                if (folded == null && !literal.word()) {
                    folded = FoldedText.of(unit.text(), unit.start());
                }
                spans = LiteralMatcher.find(literal, unit.text(), unit.start(), unit.language(), folded);
                found.put(literal, spans);
            }
            return spans;
        }
    }
}
