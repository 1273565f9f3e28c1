package tessera.index;

import java.util.Locale;
import java.util.Set;

/**
 * What word frequencies leave out and keep whole: words shorter than {@code minLength} (in characters), the
 * user's own stop words (on top of each language's), and the words a segmenter must not cut (北九州).
 */
public record FrequencyOptions(int minLength, Set<String> stopWords, Set<String> keepWhole) {

    public static final FrequencyOptions DEFAULT = new FrequencyOptions(1, Set.of(), Set.of());

    public FrequencyOptions {
        if (minLength < 1) {
            throw new IllegalArgumentException("a word is at least one character long");
        }
        stopWords = Set.copyOf(stopWords.stream().map(w -> w.strip().toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty()).toList());
        keepWhole = Set.copyOf(keepWhole.stream().map(String::strip).filter(w -> !w.isEmpty()).toList());
    }

    /** Whether a word, as the text writes it (lower-cased), is counted. */
    boolean counts(String spelling) {
        return spelling.codePointCount(0, spelling.length()) >= minLength && !stopWords.contains(spelling)
                && !tessera.index.analysis.MoreStopWords.contains(spelling);
    }
}
