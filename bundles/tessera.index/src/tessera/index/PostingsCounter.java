package tessera.index;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.intervals.IntervalIterator;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import tessera.index.analysis.CjkBigramAnalyzer;
import tessera.index.analysis.FoldedText;
import tessera.index.query.Literal;
import tessera.index.query.QueryCompiler;

/**
 * Counts pure CJK literals exactly from the postings, without reading stored text: in the text field every CJK
 * character is a token and every adjacent pair a bigram, so a character's term frequency, or the positions of a
 * phrase of bigrams, are its occurrences.
 */
final class PostingsCounter {

    private static final Analyzer QUERY_ANALYZER = CjkBigramAnalyzer.forQuery();

    private final IndexSearcher searcher;

    PostingsCounter(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** Which units of a leaf are counted. */
    @FunctionalInterface
    interface Counted {
        boolean test(int doc) throws IOException;
    }

    /** The test for one leaf of the index. */
    @FunctionalInterface
    interface Units {
        Counted in(LeafReaderContext leaf) throws IOException;
    }

    /** Every live paragraph unit: what CJK words joined by OR are counted in. */
    static final Units PARAGRAPHS = leaf -> {
        org.apache.lucene.index.SortedDocValues kind = DocValues.getSorted(leaf.reader(), Fields.KIND_DV);
        int paragraph = kind.lookupTerm(new BytesRef(Fields.PARAGRAPH_UNIT));
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs(); // postings still list deleted units
        return d -> (live == null || live.get(d)) && kind.advanceExact(d) && kind.ordValue() == paragraph;
    };

    /** The given units (global doc ids), e.g. the candidates of a query. */
    Units only(List<Integer> docs) {
        FixedBitSet set = new FixedBitSet(searcher.getIndexReader().maxDoc());
        docs.forEach(set::set);
        return leaf -> d -> set.get(leaf.docBase + d);
    }

    /**
     * The occurrences of pure CJK literals in the counted units, and the number of documents holding one, from the
     * postings alone: a character's term frequency, or the positions of a phrase of bigrams.
     */
    long[] count(List<Literal> literals, Units units) throws IOException {
        long total = 0;
        java.util.BitSet documents = new java.util.BitSet();
        for (Literal l : literals) {
            List<String> tokens = QueryCompiler.tokens(QUERY_ANALYZER, FoldedText.fold(l.text().strip()));
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Counted counted = units.in(leaf);
                NumericDocValues document = DocValues.getNumeric(leaf.reader(), Fields.DOCUMENT_ID);
                if (tokens.size() == 1) {
                    Terms terms = leaf.reader().terms(Fields.TEXT);
                    TermsEnum te = terms == null ? null : terms.iterator();
                    if (te == null || !te.seekExact(new BytesRef(tokens.get(0)))) {
                        continue;
                    }
                    PostingsEnum pe = te.postings(null, PostingsEnum.FREQS);
                    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                        if (counted.test(d)) {
                            total += pe.freq();
                            if (document.advanceExact(d)) {
                                documents.set((int) document.longValue());
                            }
                        }
                    }
                } else {
                    IntervalIterator it = Intervals.phrase(tokens.toArray(String[]::new)).intervals(Fields.TEXT, leaf);
                    if (it == null) {
                        continue;
                    }
                    for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                        if (counted.test(d)) {
                            long before = total;
                            while (it.nextInterval() != IntervalIterator.NO_MORE_INTERVALS) {
                                total++;
                            }
                            if (total > before && document.advanceExact(d)) {
                                documents.set((int) document.longValue());
                            }
                        }
                    }
                }
            }
        }
        return new long[] {total, documents.cardinality()};
    }

}
