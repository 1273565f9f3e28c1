package tessera.core.text;

import java.util.Locale;
import java.util.Set;

/**
 * A first guess of a document's language from its scripts (Han, kana, Hangul) and, for Latin text, a few
 * function words; the user can correct it. Returns BCP 47 tags, "und" when unsure.
 */
public final class LanguageGuess {

    private static final Set<String> EN = Set.of("the", "and", "of", "to", "in", "is", "that");
    private static final Set<String> DE = Set.of("der", "die", "und", "das", "ist", "nicht");
    private static final Set<String> FR = Set.of("le", "la", "les", "et", "des", "est", "une");

    private LanguageGuess() {
    }

    public static String of(String text) {
        long han = 0;
        long kana = 0;
        long hangul = 0;
        long latin = 0;
        // the opening 20,000 characters say as much as the whole; looking up each character's script was a tenth
        // of a Word import at 200,000
        int limit = Math.min(text.length(), 20_000);
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            // the commonest blocks first: UnicodeScript.of searches a table of every script's ranges
            if (cp < 0x80) {
                latin += (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? 1 : 0;
                continue;
            } else if (cp >= 0x4E00 && cp <= 0x9FFF) {
                han++;
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case LATIN -> latin++;
                default -> { }
            }
        }
        long cjk = han + kana + hangul;
        if (cjk > 0 && cjk * 2 >= latin) {
            if (hangul >= han && hangul >= kana) {
                return "ko";
            }
            return kana * 20 >= cjk ? "ja" : "zh";
        }
        return latin == 0 ? "und" : latinLanguage(text.substring(0, limit));
    }

    private static String latinLanguage(String text) {
        int en = 0;
        int de = 0;
        int fr = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            en += EN.contains(w) ? 1 : 0;
            de += DE.contains(w) ? 1 : 0;
            fr += FR.contains(w) ? 1 : 0;
        }
        int best = Math.max(en, Math.max(de, fr));
        if (best < 2) {
            return "und";
        }
        return best == en ? "en" : best == de ? "de" : "fr";
    }
}
