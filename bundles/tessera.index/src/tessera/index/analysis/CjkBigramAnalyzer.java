package tessera.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The text field's analyzer, the same for every language: standard tokens split into words as {@link WordChars}
 * defines them, read through {@link FoldingCharFilter} (the verifier's folding: NFKC
 * code point by code point),
 * lower-cased; runs of Han, Hiragana, Katakana and Hangul become overlapping bigrams, so that any substring of two
 * or more CJK characters can be found without a dictionary. The index keeps unigrams too (single-character
 * queries); queries of two or more CJK characters use bigrams only.
 */
public final class CjkBigramAnalyzer extends Analyzer {

    private final boolean unigrams;

    private CjkBigramAnalyzer(boolean unigrams) {
        this.unigrams = unigrams;
    }

    /** For indexing: bigrams and unigrams. */
    public static CjkBigramAnalyzer forIndex() {
        return new CjkBigramAnalyzer(true);
    }

    /** For queries of two or more CJK characters: bigrams only. */
    public static CjkBigramAnalyzer forQuery() {
        return new CjkBigramAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new CJKWidthFilter(new WordPartFilter(source, unigrams));
        result = new LowerCaseFilter(result);
        result = new CJKBigramFilter(result, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                | CJKBigramFilter.HANGUL, unigrams);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
        return new FoldingCharFilter(reader);
    }

    @Override
    protected java.io.Reader initReaderForNormalization(String fieldName, java.io.Reader reader) {
        return new FoldingCharFilter(reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
