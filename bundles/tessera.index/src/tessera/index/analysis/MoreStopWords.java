package tessera.index.analysis;

import java.util.Set;

/**
 * Function words the analyzers' own stop lists keep but that fill the top of a word count without saying anything
 * about a text: English determiners, pronouns, auxiliaries and adverbs of degree beyond Lucene's short list.
 */
public final class MoreStopWords {

    private static final Set<String> WORDS = Set.of(
            "its", "it's", "can", "could", "than", "own", "each", "also", "been", "being", "has", "have", "had", "do",
            "does", "did", "doing", "would", "should", "may", "might", "must", "shall", "we", "our", "ours", "you",
            "your", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "i", "me", "my",
            "us", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "all", "any", "both",
            "few", "more", "most", "other", "some", "such", "only", "same", "so", "too", "very", "just", "now",
            "then", "here", "there", "from", "up", "down", "out", "over", "under", "again", "further", "once",
            "about", "above", "below", "between", "into", "through", "during", "before", "after", "against",
            "while", "because", "until", "nor", "neither", "either", "one", "ones", "am", "were", "what's",
            "these", "those", "this", "that", "whether", "though", "although", "yet", "since", "per", "via",
            "upon", "within", "without", "among", "across", "toward", "towards", "onto", "off", "even", "still",
            "many", "much", "every", "another");

    private MoreStopWords() {
    }

    public static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
