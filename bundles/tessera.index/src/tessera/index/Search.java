package tessera.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import tessera.core.text.CodePointIndex;
import tessera.index.analysis.FoldedText;
import tessera.index.query.Literal;
import tessera.index.query.LiteralMatcher;
import tessera.index.query.QueryCompiler;
import tessera.index.query.QueryNode;
import tessera.index.query.QueryParser;

/**
 * One search: the query selects units (documents by default, paragraphs on request, coded segments when it names a
 * code or coder); then the paragraphs or segments that may hold its words are read and every occurrence is found in
 * their stored text. Hits are what that text shows, never what the index guessed.
 */
final class Search {

    private final IndexSearcher searcher;
    private final PostingsCounter postings;
    private final long seq;

    Search(IndexSearcher searcher, long seq) {
        this.searcher = searcher;
        this.postings = new PostingsCounter(searcher);
        this.seq = seq;
    }

    /** A unit read back (its global doc id in the index): its document, where it starts, its text and language. */
    record Unit(int doc, long documentId, int start, String text, String language, Long codingId) {
    }

    SearchResult run(String queryText, SearchOptions options) throws IOException {
        long t0 = System.nanoTime();
        QueryNode query = QueryParser.parse(queryText);
        boolean segments = QueryCompiler.selectsSegments(query);
        String kind = segments ? Fields.SEGMENT_UNIT
                : options.unit() == SearchOptions.Unit.PARAGRAPH ? Fields.PARAGRAPH_UNIT : Fields.DOCUMENT_UNIT;
        List<Literal> literals = distinct(QueryCompiler.literals(query));
        if (kind.equals(Fields.DOCUMENT_UNIT) && !literals.isEmpty()
                && literals.stream().allMatch(PostingsCounter::isCounted)) {
            return counted(queryText, literals, onlyWords(query) ? null : documents(query), options, t0);
        }
        List<Integer> candidates;
        int matched;
        if (kind.equals(Fields.DOCUMENT_UNIT) && onlyWords(query)) {
            // words joined by OR at most: the paragraphs that hold them are the candidates, with no document pass
            candidates = paragraphsOf(null, literals);
            matched = -1;
        } else if (kind.equals(Fields.DOCUMENT_UNIT)) {
            Set<Long> documents = documents(query);
            matched = documents.size();
            candidates = literals.isEmpty() ? List.of() : paragraphsOf(documents, literals);
        } else if (segments) {
            SegmentQuery decided = new SegmentQuery(searcher, query);
            List<Hit> hits = new ArrayList<>();
            Found found = verifyAll(decided.candidates(), literals, options.limit(), hits, decided);
            return new SearchResult(queryText, kind, found.occurrences(), found.units(), List.copyOf(hits), seq,
                    (System.nanoTime() - t0) / 1e6);
        } else {
            candidates = searcher.search(filtered(QueryCompiler.compile(query), kind), UnitCollector.manager());
            matched = candidates.size();
        }
        if (matched < 0) {
            matched = DocumentOrder.documentCount(searcher, candidates);
        }
        // Pure CJK literals and single Latin, Greek or Cyrillic words are counted exactly from the postings (see
        // PostingsCounter); the stored text is then read only for the hits shown and for the paragraphs marked for
        // verification. Anything else is verified in full.
        boolean countFromPostings = candidates.size() > options.verifyUpTo()
                && !literals.isEmpty() && literals.stream().allMatch(PostingsCounter::isCounted);
        List<Hit> hits = new ArrayList<>();
        int total;
        if (countFromPostings) {
            StoredUnits stored = new StoredUnits(searcher, candidates);
            for (int doc : DocumentOrder.sorted(searcher, candidates)) {
                if (hits.size() >= options.limit()) {
                    break;
                }
                addUpTo(options.limit(), hitsIn(stored.read(doc), literals, true), hits);
            }
            PostingsCounter.Units units = postings.only(candidates);
            total = (int) postings.count(literals, units, null).plus(verifiedMarked(literals, units, null))
                    .occurrences();
        } else {
            total = verifyAll(candidates, literals, options.limit(), hits, null).occurrences();
        }
        return new SearchResult(queryText, kind, total, matched, List.copyOf(hits), seq, (System.nanoTime() - t0) / 1e6);
    }

    /**
     * A document search whose literals are all counted from the postings (CJK ones, single Latin, Greek or Cyrillic
     * words), in the paragraphs of the documents the query matches, or of any document for words joined by OR (the
     * commonest search). The stored text is read only for the paragraphs marked for verification and for the hits
     * shown, which come from the first paragraphs in document order that the count kept aside.
     */
    private SearchResult counted(String queryText, List<Literal> literals, Set<Long> documents, SearchOptions options,
            long t0) throws IOException {
        PostingsCounter.Units units = PostingsCounter.PARAGRAPHS;
        if (documents != null) {
            java.util.BitSet set = new java.util.BitSet();
            documents.forEach(id -> set.set(Math.toIntExact(id)));
            units = PostingsCounter.paragraphsOf(set);
        }
        FirstParagraphs first = new FirstParagraphs(options.limit());
        PostingsCounter.Count counts = postings.count(literals, units, first)
                .plus(verifiedMarked(literals, units, first));
        List<Integer> shown = new ArrayList<>(first.paragraphs());
        shown.sort(null);
        List<List<Hit>> found = StoredUnits.map(searcher, shown, unit -> hitsIn(unit, literals, true));
        found.sort(Comparator.comparingLong((List<Hit> f) -> f.isEmpty() ? Long.MAX_VALUE : f.get(0).documentId())
                .thenComparingInt(f -> f.isEmpty() ? 0 : f.get(0).start()));
        List<Hit> hits = new ArrayList<>();
        found.forEach(f -> addUpTo(options.limit(), f, hits));
        int matched = documents == null ? counts.documents().cardinality() : documents.size();
        return new SearchResult(queryText, Fields.DOCUMENT_UNIT, (int) counts.occurrences(), matched,
                List.copyOf(hits), seq, (System.nanoTime() - t0) / 1e6);
    }

    /** What verifying found: the occurrences, and the units that hold them. */
    private record Found(int occurrences, int units) {
    }

    /**
     * Reads and verifies every candidate, on every core, in index order (so that crowded ones share their blocks'
     * decompression); the hits shown are the first in document order. Segments are first decided by
     * {@code segments} (null for other units), and a segment that matches without showing a word of the query (it
     * matched by its code, say) is one hit, the whole segment.
     */

    private Found verifyAll(List<Integer> candidates, List<Literal> literals, int limit, List<Hit> hits,
            SegmentQuery segments) throws IOException {
        record Verified(Unit unit, int hits) {
        }
        List<Unit> withHits = new ArrayList<>();
        int total = 0;
        for (Verified v : StoredUnits.map(searcher, candidates, u -> new Verified(u, segments == null ? hitsIn(u,
                literals, false).size() : segmentHits(u, literals, false, segments).size()))) {
            if (v.hits() > 0) {
                total += v.hits();
                withHits.add(v.unit());
            }
        }
        withHits.sort(Comparator.comparingLong(Unit::documentId).thenComparingInt(Unit::start));
        for (Unit unit : withHits) {
            if (hits.size() >= limit) {
                break;
            }
            addUpTo(limit, segments == null ? hitsIn(unit, literals, true)
                    : segmentHits(unit, literals, true, segments), hits);
        }
        return new Found(total, withHits.size());
    }

    private static List<Hit> segmentHits(Unit unit, List<Literal> literals, boolean withContext,
            SegmentQuery segments) {
        SegmentQuery.Decision decision = segments.decide(unit);
        if (!decision.matches()) {
            return List.of();
        }
        List<Hit> found = hitsIn(unit, literals, withContext, decision::spans);
        return found.isEmpty() ? hitsIn(unit, List.of(), withContext) : found;
    }

    private static void addUpTo(int limit, List<Hit> found, List<Hit> hits) {
        for (Hit h : found) {
            if (hits.size() >= limit) {
                return;
            }
            hits.add(h);
        }
    }

    /**
     * The occurrences of the one-word literals in the paragraphs marked for verification among the counted units,
     * read and verified: the postings count those words everywhere else. Each such paragraph is offered to
     * {@code first} (when given) with its occurrences.
     */
    private PostingsCounter.Count verifiedMarked(List<Literal> literals, PostingsCounter.Units units,
            FirstParagraphs first) throws IOException {
        List<Literal> words = literals.stream().filter(PostingsCounter::isWord).toList();
        java.util.BitSet documents = new java.util.BitSet();
        long total = 0;
        if (words.isEmpty()) {
            return new PostingsCounter.Count(0, documents);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        words.forEach(l -> any.add(QueryCompiler.candidates(l), Occur.SHOULD));
        List<Integer> marked = searcher.search(new BooleanQuery.Builder().add(any.build(), Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, Fields.PARAGRAPH_UNIT)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.VERIFY_WORDS, Fields.YES)), Occur.FILTER).build(),
                UnitCollector.manager());
        StoredUnits stored = new StoredUnits(searcher, marked);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        PostingsCounter.Counted counted = null;
        for (int doc : marked) { // in doc id order, as the units' tests need
            int i = ReaderUtil.subIndex(doc, leaves);
            if (i != leafIndex) {
                leafIndex = i;
                counted = units.in(leaves.get(i));
            }
            if (!counted.test(doc - leaves.get(i).docBase)) {
                continue;
            }
            Unit unit = stored.read(doc);
            int n = hitsIn(unit, words, false).size();
            if (n > 0) {
                total += n;
                documents.set(Math.toIntExact(unit.documentId()));
                if (first != null) {
                    first.add(doc, unit.documentId(), n);
                }
            }
        }
        return new PostingsCounter.Count(total, documents);
    }

    private static List<Literal> distinct(List<Literal> literals) {
        Map<String, Literal> out = new LinkedHashMap<>();
        literals.forEach(l -> out.putIfAbsent(l.word() + ":" + l.kind() + ":" + FoldedText.fold(l.text().strip()), l));
        return List.copyOf(out.values());
    }

    /** Whether a query is words and phrases of the text joined by OR at most, with no filter, NOT or proximity. */
    static boolean onlyWords(QueryNode node) {
        return switch (node) {
            case QueryNode.Or o -> o.clauses().stream().allMatch(Search::onlyWords);
            case QueryNode.Term t -> t.field() == QueryNode.Field.TEXT || t.field() == QueryNode.Field.WORD;
            case QueryNode.Phrase p -> p.slop() == 0
                    && (p.field() == QueryNode.Field.TEXT || p.field() == QueryNode.Field.WORD);
            default -> false;
        };
    }

    private static Query filtered(Query query, String kind) {
        return new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, kind)), Occur.FILTER).build();
    }

    /**
     * The documents a query matches as a whole: each word or phrase is looked up among paragraphs, and AND, OR and
     * NOT combine the documents those paragraphs belong to, so words may lie in different paragraphs.
     */
    private Set<Long> documents(QueryNode node) throws IOException {
        return switch (node) {
            case QueryNode.Or o -> {
                Set<Long> union = new HashSet<>();
                for (QueryNode c : o.clauses()) {
                    union.addAll(documents(c));
                }
                yield union;
            }
            case QueryNode.And a -> {
                Set<Long> result = null;
                List<QueryNode> negatives = new ArrayList<>();
                for (QueryNode c : a.clauses()) {
                    if (c instanceof QueryNode.Not n) {
                        negatives.add(n.clause());
                    } else {
                        Set<Long> docs = documents(c);
                        result = result == null ? docs : intersect(result, docs);
                    }
                }
                if (result == null) {
                    result = allDocuments();
                }
                for (QueryNode n : negatives) {
                    result.removeAll(documents(n));
                }
                yield result;
            }
            case QueryNode.Not n -> {
                Set<Long> all = allDocuments();
                all.removeAll(documents(n.clause()));
                yield all;
            }
            default -> searcher.search(filtered(QueryCompiler.compile(node), Fields.PARAGRAPH_UNIT),
                    DocumentIds.manager());
        };
    }

    private static Set<Long> intersect(Set<Long> a, Set<Long> b) {
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        Set<Long> out = new HashSet<>();
        for (Long id : small) {
            if (large.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private Set<Long> allDocuments() throws IOException {
        return searcher.search(new TermQuery(new Term(Fields.KIND, Fields.PARAGRAPH_UNIT)), DocumentIds.manager());
    }

    /** The paragraphs (of those documents; of any when null) that may hold one of the literals. */
    private List<Integer> paragraphsOf(Set<Long> documents, List<Literal> literals) throws IOException {
        if (documents != null && documents.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        literals.forEach(l -> any.add(QueryCompiler.candidates(l), Occur.SHOULD));
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(any.build(), Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, Fields.PARAGRAPH_UNIT)), Occur.FILTER);
        if (documents != null) {
            q.add(new TermInSetQuery(Fields.DOCUMENT_ID, documents.stream().map(id -> new BytesRef(
                    Long.toString(id))).toList()), Occur.FILTER);
        }
        return searcher.search(q.build(), UnitCollector.manager());
    }

    /** The hits in one unit, in order, each range once. */
    private static List<Hit> hitsIn(Unit unit, List<Literal> literals, boolean withContext) {
        if (literals.isEmpty()) {
            return hitsIn(unit, literals, withContext, l -> List.of());
        }
        FoldedText folded = FoldedText.of(unit.text(), unit.start());
        return hitsIn(unit, literals, withContext, l -> LiteralMatcher.find(l, unit.text(), unit.start(),
                unit.language(), folded));
    }

    /** As above, each literal's places in the unit found by {@code finder}; the whole unit when there is none. */
    private static List<Hit> hitsIn(Unit unit, List<Literal> literals, boolean withContext,
            java.util.function.Function<Literal, List<LiteralMatcher.Span>> finder) {
        List<Hit> out = new ArrayList<>();
        CodePointIndex index = CodePointIndex.of(unit.text());
        if (literals.isEmpty()) {
            int length = index.codePointLength();
            out.add(hit(unit, index, unit.start(), unit.start() + length));
            return out;
        }
        java.util.TreeSet<LiteralMatcher.Span> spans = new java.util.TreeSet<>(Comparator.comparingInt(
                LiteralMatcher.Span::start).thenComparingInt(LiteralMatcher.Span::end));
        for (Literal l : literals) {
            spans.addAll(finder.apply(l));
        }
        for (LiteralMatcher.Span s : spans) {
            out.add(withContext ? hit(unit, index, s.start(), s.end())
                    : new Hit(unit.documentId(), s.start(), s.end(), "", "", "", unit.codingId()));
        }
        return out;
    }

    private static Hit hit(Unit unit, CodePointIndex index, int start, int end) {
        int from = start - unit.start();
        int to = end - unit.start();
        int length = index.codePointLength();
        String text = CodePointIndex.slice(unit.text(), index, from, to);
        String left = CodePointIndex.slice(unit.text(), index, Math.max(0, from - Hit.CONTEXT), from);
        String right = CodePointIndex.slice(unit.text(), index, to, Math.min(length, to + Hit.CONTEXT));
        return new Hit(unit.documentId(), start, end, text, left, right, unit.codingId());
    }
}
