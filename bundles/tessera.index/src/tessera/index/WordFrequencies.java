package tessera.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import tessera.index.analysis.Scripts;
import tessera.index.analysis.WordAnalyzers;

/**
 * Word frequencies over passages (a corpus, a document, a code's segments), segmented by each passage's language:
 * SmartChinese, Kuromoji and Nori for CJK, stemmers for European languages, each without its stop words and
 * without numbers. Words are counted by their analysed form and shown in their most frequent spelling.
 */
public final class WordFrequencies {

    /** One word: how it is most often written, how often it occurs, in how many documents. */
    public record Word(String word, String language, int count, int documents) {
    }

    /** A passage to count: its document, text and the document's language. */
    public record Passage(long documentId, String text, String language) {
    }

    private WordFrequencies() {
    }

    public static List<Word> count(List<Passage> passages, int limit) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, Set<Long>> documents = new HashMap<>();
        for (Passage p : passages) {
            for (String line : p.text().split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String language = Scripts.languageOf(line, p.language());
                count(WordAnalyzers.of(language), line, language, p.documentId(), counts, spellings, documents);
            }
        }
        List<Word> out = new ArrayList<>();
        counts.forEach((key, n) -> {
            String spelling = spellings.get(key).entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
            out.add(new Word(spelling, key.substring(0, key.indexOf(':')), n[0], documents.get(key).size()));
        });
        out.sort(Comparator.comparingInt(Word::count).reversed().thenComparing(Word::word));
        return out.subList(0, Math.min(limit, out.size()));
    }

    private static void count(Analyzer analyzer, String text, String language, long documentId,
            Map<String, int[]> counts, Map<String, Map<String, Integer>> spellings, Map<String, Set<Long>> documents) {
        try (TokenStream ts = analyzer.tokenStream("w", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!t.codePoints().anyMatch(Character::isLetter)) {
                    continue; // numbers and punctuation the analyzers keep
                }
                String key = language + ":" + t;
                counts.computeIfAbsent(key, k -> new int[1])[0]++;
                String surface = text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(java.util.Locale.ROOT);
                spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
                documents.computeIfAbsent(key, k -> new HashSet<>()).add(documentId);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The columns of a word-frequency table, as the CLI and the view export it. */
    public static final List<String> HEADERS = List.of("word", "language", "count", "documents");

    /** The cells of the words under {@link #HEADERS}. */
    public static List<List<Object>> rows(List<Word> words) {
        return words.stream().<List<Object>>map(w -> List.of(w.word(), w.language(), w.count(), w.documents())).toList();
    }
}
