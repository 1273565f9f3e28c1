package tessera.index.analysis;

/**
 * Tells a passage's language from its script, for paragraphs whose script differs from their document's: kana
 * means Japanese, Hangul Korean, Han alone Chinese (unless the document is Japanese), Latin the document's language
 * when that is written in Latin, else English.
 */
public final class Scripts {

    private Scripts() {
    }

    public static boolean hasCjk(CharSequence s) {
        for (int i = 0; i < s.length();) {
            int c = Character.codePointAt(s, i);
            if (isCjk(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    public static boolean isCjk(int c) {
        if (c < 0x3000) {
            return false; // Latin, Greek, Cyrillic and the rest of the alphabets: no lookup needed
        }
        if (c >= 0x4E00 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0x3041 && c <= 0x30FF && c != 0x30FB) {
            return true; // the common Han, Hangul syllable and kana blocks
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static final int SAMPLE = 1000;

    /** The script of a character, looked up only outside the common blocks. */
    private static Character.UnicodeScript script(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? Character.UnicodeScript.LATIN
                    : Character.UnicodeScript.COMMON;
        }
        if (c >= 0x4E00 && c <= 0x9FFF) {
            return Character.UnicodeScript.HAN;
        }
        if (c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFF0F) {
            return Character.UnicodeScript.COMMON; // CJK punctuation
        }
        return Character.UnicodeScript.of(c);
    }

    /** The language of a passage within a document of {@code documentLanguage}. */
    public static String languageOf(CharSequence passage, String documentLanguage) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int latin = 0;
        // the first thousand characters tell a paragraph's script well enough
        for (int i = 0; i < Math.min(passage.length(), SAMPLE);) {
            int c = Character.codePointAt(passage, i);
            switch (script(c)) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case LATIN -> latin++;
                default -> {
                    // digits, punctuation, spaces say nothing
                }
            }
            i += Character.charCount(c);
        }
        String doc = WordAnalyzers.key(documentLanguage);
        if (kana > 0 && kana * 10 >= han) {
            return "ja";
        }
        if (hangul > 0 && hangul >= han) {
            return "ko";
        }
        if (han > 0 && han >= latin / 4) {
            return doc.equals("ja") ? "ja" : "zh";
        }
        if (latin > 0) {
            return doc.equals("zh") || doc.equals("ja") || doc.equals("ko") ? "en" : doc;
        }
        return doc;
    }
}
