package tessera.ui.session;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import tessera.index.FrequencyOptions;

/**
 * The user's word lists for word frequencies, kept in the workspace's preferences: their own stop words, the words
 * the segmenter must keep whole, and the shortest word counted.
 */
public final class WordListPreference {

    static final String STOP = "freqStopWords";
    static final String KEEP = "freqKeepWhole";
    static final String MIN = "freqMinLength";

    private WordListPreference() {
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(CoderPreference.NODE);
    }

    public static FrequencyOptions options() {
        return new FrequencyOptions(Math.max(1, node().getInt(MIN, 1)), words(STOP), words(KEEP));
    }

    /** One word a line, or separated by commas, spaces or Chinese commas. */
    public static Set<String> parse(String text) {
        return new LinkedHashSet<>(Arrays.stream(text.split("[\\s,，、;；]+")).map(String::strip)
                .filter(w -> !w.isEmpty()).toList());
    }

    public static String stopWordsText() {
        return String.join("\n", words(STOP));
    }

    public static String keepWholeText() {
        return String.join("\n", words(KEEP));
    }

    public static void set(String stopWords, String keepWhole, int minLength) {
        node().put(STOP, String.join("\n", parse(stopWords)));
        node().put(KEEP, String.join("\n", parse(keepWhole)));
        node().putInt(MIN, Math.max(1, minLength));
        try {
            node().flush();
        } catch (BackingStoreException e) {
            // kept for this session
        }
    }

    private static Set<String> words(String key) {
        return parse(node().get(key, ""));
    }
}
