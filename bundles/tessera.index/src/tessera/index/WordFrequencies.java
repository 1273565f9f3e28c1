package tessera.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


import tessera.index.analysis.Scripts;

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
        return count(passages, limit, FrequencyOptions.DEFAULT);
    }

    /** The most frequent words, leaving out and keeping whole what the options say. */
    public static List<Word> count(List<Passage> passages, int limit, FrequencyOptions options) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, Set<Long>> documents = new HashMap<>();
        for (Passage p : passages) {
            for (String line : p.text().split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String language = Scripts.languageOf(line, p.language());
                count(line, language, p.documentId(), options, counts, spellings, documents);
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

    private static void count(String text, String language, long documentId, FrequencyOptions options,
            Map<String, int[]> counts, Map<String, Map<String, Integer>> spellings, Map<String, Set<Long>> documents) {
        for (WordTokens.Token token : WordTokens.of(text, language, options.keepWhole())) {
            String t = token.term();
            if (!t.codePoints().anyMatch(Character::isLetter)) {
                continue; // numbers and punctuation the analyzers keep
            }
            String surface = text.substring(token.start(), token.end()).toLowerCase(java.util.Locale.ROOT);
            if (!options.counts(surface) || options.stopWords().contains(t)) {
                continue; // a stop word as written, or any form of it (trades: trade)
            }
            String key = language + ":" + t;
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
            spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
            documents.computeIfAbsent(key, k -> new HashSet<>()).add(documentId);
        }
    }

    /** The columns of a word-frequency table, as the CLI and the view export it. */
    public static final List<String> HEADERS = List.of("word", "language", "count", "documents");

    /** The cells of the words under {@link #HEADERS}. */
    public static List<List<Object>> rows(List<Word> words) {
        return words.stream().<List<Object>>map(w -> List.of(w.word(), w.language(), w.count(), w.documents())).toList();
    }
}
