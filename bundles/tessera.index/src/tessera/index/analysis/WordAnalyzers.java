package tessera.index.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Word segmentation and stemming per language, for the word fields, word queries and word frequencies: SmartChinese
 * (a hidden Markov model over a dictionary) for Chinese, Kuromoji for Japanese, Nori for Korean, Snowball-style
 * stemmers for English, German, French and Spanish, and standard tokens for any other language. Each drops its
 * language's stop words.
 */
public final class WordAnalyzers {

    /** Changes when an analyzer here changes, so that indexes made with the old ones are rebuilt. */
    public static final String ID = "words-2:smartcn+zh-stop,kuromoji,nori,en,de,fr,es,std";

    private static final Map<String, Analyzer> ANALYZERS = new ConcurrentHashMap<>();

    private WordAnalyzers() {
    }

    /** The languages that have a word field of their own; any other uses "std". */
    public static final String[] LANGUAGES = {"zh", "ja", "ko", "en", "de", "fr", "es", "std"};

    /** The word field's language key for a document or paragraph language (BCP 47 or ISO 639). */
    public static String key(String language) {
        String l = language == null ? "" : language.toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-');
        String base = dash < 0 ? l : l.substring(0, dash);
        for (String k : LANGUAGES) {
            if (k.equals(base)) {
                return k;
            }
        }
        return "std";
    }

    public static Analyzer of(String key) {
        return ANALYZERS.computeIfAbsent(key(key), k -> switch (k) {
            case "zh" -> new SmartChineseAnalyzer(ChineseStopWords.withPunctuation());
            case "ja" -> new JapaneseAnalyzer();
            case "ko" -> new KoreanAnalyzer();
            case "en" -> new EnglishAnalyzer();
            case "de" -> new GermanAnalyzer();
            case "fr" -> new FrenchAnalyzer();
            case "es" -> new SpanishAnalyzer();
            default -> new StandardAnalyzer();
        });
    }

    /** The word field of a language key, e.g. word_zh. */
    public static String field(String key) {
        return "word_" + key(key);
    }
}
