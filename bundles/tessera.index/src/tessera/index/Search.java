package tessera.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
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
    private final long seq;

    Search(IndexSearcher searcher, long seq) {
        this.searcher = searcher;
        this.seq = seq;
    }

    /** A unit read back: its document, where it starts, its text and language. */
    private record Unit(long documentId, int start, String text, String language, Long codingId) {
    }

    SearchResult run(String queryText, SearchOptions options) throws IOException {
        long t0 = System.nanoTime();
        QueryNode query = QueryParser.parse(queryText);
        boolean segments = QueryCompiler.selectsSegments(query);
        String kind = segments ? Fields.SEGMENT_UNIT
                : options.unit() == SearchOptions.Unit.PARAGRAPH ? Fields.PARAGRAPH_UNIT : Fields.DOCUMENT_UNIT;
        List<Literal> literals = QueryCompiler.literals(query);
        List<Integer> textUnits;
        int matched;
        if (kind.equals(Fields.DOCUMENT_UNIT)) {
            Set<Long> documents = documents(query);
            matched = documents.size();
            textUnits = literals.isEmpty() ? List.of() : paragraphsOf(documents, literals);
        } else {
            textUnits = searcher.search(filtered(QueryCompiler.compile(query), kind), UnitCollector.manager());
            matched = textUnits.size();
        }
        List<Hit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (int doc : textUnits) {
            Unit unit = read(stored.document(doc));
            hits.addAll(hitsIn(unit, literals));
        }
        hits.sort(Comparator.comparingLong(Hit::documentId).thenComparingInt(Hit::start).thenComparingInt(Hit::end));
        List<Hit> distinct = new ArrayList<>(new LinkedHashSet<>(hits));
        int total = distinct.size();
        List<Hit> shown = distinct.subList(0, Math.min(total, Math.max(0, options.limit())));
        return new SearchResult(queryText, kind, total, matched, List.copyOf(shown), seq,
                (System.nanoTime() - t0) / 1e6);
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

    /** The paragraphs of those documents that may hold one of the literals. */
    private List<Integer> paragraphsOf(Set<Long> documents, List<Literal> literals) throws IOException {
        if (documents.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        literals.forEach(l -> any.add(QueryCompiler.candidates(l), Occur.SHOULD));
        Query q = new BooleanQuery.Builder().add(any.build(), Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, Fields.PARAGRAPH_UNIT)), Occur.FILTER)
                .add(new TermInSetQuery(Fields.DOCUMENT_ID, documents.stream().map(id -> new BytesRef(
                        Long.toString(id))).toList()),
                        Occur.FILTER)
                .build();
        return searcher.search(q, UnitCollector.manager());
    }

    private static Unit read(Document d) {
        String coding = d.get(Fields.CODING_ID);
        return new Unit(Long.parseLong(d.get(Fields.DOCUMENT_ID)), d.getField(Fields.START).numericValue().intValue(),
                d.get(Fields.TEXT), d.get("unit_lang"), coding == null ? null : Long.valueOf(coding));
    }

    private static List<Hit> hitsIn(Unit unit, List<Literal> literals) {
        List<Hit> out = new ArrayList<>();
        CodePointIndex index = CodePointIndex.of(unit.text());
        if (literals.isEmpty()) {
            int length = index.codePointLength();
            out.add(hit(unit, index, unit.start(), unit.start() + length));
            return out;
        }
        FoldedText folded = FoldedText.of(unit.text(), unit.start());
        for (Literal l : literals) {
            for (LiteralMatcher.Span s : LiteralMatcher.find(l, unit.text(), unit.start(), unit.language(), folded)) {
                out.add(hit(unit, index, s.start(), s.end()));
            }
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
