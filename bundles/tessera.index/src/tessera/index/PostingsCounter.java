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
import tessera.index.analysis.WordsExact;
import tessera.index.query.Literal;
import tessera.index.query.QueryCompiler;
import tessera.index.query.QueryNode;

/**
 * Counts literals exactly from the postings, without reading stored text. Pure CJK ones anywhere: in the text field
 * every CJK character is a token and every adjacent pair a bigram, so a character's term frequency, or the positions
 * of a phrase of bigrams, are its occurrences. One word of Latin, Greek or Cyrillic letters in the paragraphs whose
 * tokens are exactly their words ({@link WordsExact}): its term frequency; the paragraphs marked otherwise are left
 * to the caller to verify.
 */
final class PostingsCounter {

    /** Occurrences, and the documents holding one. */
    record Count(long occurrences, java.util.BitSet documents) {

        Count plus(Count other) {
            java.util.BitSet both = (java.util.BitSet) documents.clone();
            both.or(other.documents);
            return new Count(occurrences + other.occurrences, both);
        }
    }

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

    /** The live paragraph units of the given documents (by id). */
    static Units paragraphsOf(java.util.BitSet documents) {
        return leaf -> {
            Counted paragraph = PARAGRAPHS.in(leaf);
            NumericDocValues document = DocValues.getNumeric(leaf.reader(), Fields.DOCUMENT_ID);
            return d -> paragraph.test(d) && document.advanceExact(d) && documents.get((int) document.longValue());
        };
    }

    /** The given units (global doc ids), e.g. the candidates of a query. */
    Units only(List<Integer> docs) {
        FixedBitSet set = new FixedBitSet(searcher.getIndexReader().maxDoc());
        docs.forEach(set::set);
        return leaf -> d -> set.get(leaf.docBase + d);
    }

    /**
     * The occurrences of the literals in the counted units, and the documents holding one, from the postings
     * alone: a term frequency, or the positions of a phrase of bigrams. Each unit with occurrences is offered to
     * {@code first} when given. One-word literals skip the units marked for verification.
     */
    Count count(List<Literal> literals, Units units, FirstParagraphs first) throws IOException {
        long total = 0;
        java.util.BitSet documents = new java.util.BitSet();
        for (Literal l : literals) {
            String folded = FoldedText.fold(l.text().strip());
            boolean word = isWord(l);
            // an elision is one term of the index (WordPartFilter joins its parts); anything else, its query tokens
            List<String> tokens = word && WordsExact.isCountedElision(folded) ? List.of(folded)
                    : QueryCompiler.tokens(QUERY_ANALYZER, folded);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Counted inUnits = units.in(leaf);
                FixedBitSet marked = word ? verified(leaf) : null;
                Counted counted = marked == null ? inUnits : d -> !marked.get(d) && inUnits.test(d);
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
                                if (first != null) {
                                    first.add(leaf.docBase + d, document.longValue(), pe.freq());
                                }
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
                                if (first != null) {
                                    first.add(leaf.docBase + d, document.longValue(), total - before);
                                }
                            }
                        }
                    }
                }
            }
        }
        return new Count(total, documents);
    }

    /** Whether a literal is counted from the postings: pure CJK, or one Latin, Greek or Cyrillic word. */
    static boolean isCounted(Literal l) {
        return isCjk(l) || isWord(l);
    }

    static boolean isCjk(Literal l) {
        String f = FoldedText.fold(l.text().strip());
        return !l.word() && l.kind() == QueryNode.Term.Kind.EXACT && !f.isEmpty()
                && f.codePoints().allMatch(tessera.index.analysis.Scripts::isCjk);
    }

    /**
     * One word of a script the postings count exactly in the paragraphs not marked for verification, or such words
     * joined by apostrophes (an elision, one term of the index).
     */
    static boolean isWord(Literal l) {
        String f = FoldedText.fold(l.text().strip());
        return !l.word() && l.kind() == QueryNode.Term.Kind.EXACT && (WordsExact.isCountedElision(f)
                || WordsExact.isCountedWord(f) && QueryCompiler.tokens(QUERY_ANALYZER, f).equals(List.of(f)));
    }

    /** The units of a leaf whose words are verified rather than counted; null when there are none. */
    private static FixedBitSet verified(LeafReaderContext leaf) throws IOException {
        Terms terms = leaf.reader().terms(Fields.VERIFY_WORDS);
        TermsEnum te = terms == null ? null : terms.iterator();
        if (te == null || !te.seekExact(new BytesRef(Fields.YES))) {
            return null;
        }
        FixedBitSet out = new FixedBitSet(leaf.reader().maxDoc());
        out.or(te.postings(null, PostingsEnum.NONE));
        return out;
    }

}
