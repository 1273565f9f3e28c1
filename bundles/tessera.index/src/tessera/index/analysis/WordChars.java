package tessera.index.analysis;

/**
 * The one rule for where a word of a space-separated script ends, shared by the index and the verifier: letters,
 * digits and combining marks continue a word, everything else (apostrophes, hyphens, dots, @, underscores) ends
 * it. So {@code Seoul} is found in Seoul's, Seoul-based and seoul.go.kr, but not in Seoulite.
 */
public final class WordChars {

    private WordChars() {
    }

    public static boolean continuesWord(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return Character.isLetterOrDigit(cp) || switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> false;
        };
    }
}
