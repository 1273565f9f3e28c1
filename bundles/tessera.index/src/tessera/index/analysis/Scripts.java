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
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** The language of a passage within a document of {@code documentLanguage}. */
    public static String languageOf(CharSequence passage, String documentLanguage) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int latin = 0;
        for (int i = 0; i < passage.length();) {
            int c = Character.codePointAt(passage, i);
            switch (Character.UnicodeScript.of(c)) {
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
