package tessera.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import tessera.index.analysis.CjkBigramAnalyzer;
import tessera.index.analysis.FoldedText;
import tessera.index.analysis.Scripts;
import tessera.index.analysis.WordChars;
import tessera.index.analysis.WordsExact;
import tessera.index.query.Literal;
import tessera.index.query.LiteralMatcher;
import tessera.index.query.QueryNode;

/**
 * A passage that {@link WordsExact} lets the postings count must hold each one-word literal as often among the
 * text field's tokens as the verifier finds it: checked on random passages drawn from letters of many scripts,
 * digits, marks, separators, CJK and the characters that fold or lower-case unusually.
 */
class WordsExactTest {

    private static final CjkBigramAnalyzer ANALYZER = CjkBigramAnalyzer.forIndex();

    /**
     * Kinds of characters, drawn from in turn: ASCII letters and digits, separators, every letter of the Latin,
     * Greek and Cyrillic scripts, characters that fold, lower-case or tokenize unusually, CJK, other scripts.
     */
    private static List<List<String>> kinds() {
        List<String> ascii = split("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
        List<String> separators = split(" \n'’.-_,:@/\u00AD\u200B\u3000、・");
        List<String> letters = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int c = 0x80; c < 0x3000; c++) {
            String ch = new String(Character.toChars(c));
            if (WordsExact.isCountedWord(ch.toLowerCase(java.util.Locale.ROOT))) {
                letters.add(ch);
            } else if (Character.isLetterOrDigit(c) && c % 7 == 0) {
                others.add(ch); // Arabic, Hebrew, Armenian, Devanagari, Thai, Georgian, their digits...
            }
        }
        List<String> unusual = split("\u0301\u0308\u0307\u20DD\u200DＡ１ﬁİΣςǅʰᴬ①²ʹµßẞ٣०ⅧℌK");
        unusual.add("😀");
        List<String> cjk = split("中月の平カーｶ한국ㄱ");
        cjk.add("𠀀");
        return List.of(ascii, ascii, ascii, separators, separators, letters, unusual, cjk, others);
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        s.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
        return out;
    }

    @Test
    void theTokensOfAnUnmarkedPassageAreItsWords() throws IOException {
        List<List<String>> kinds = kinds();
        Random random = new Random(20261130);
        int unmarked = 0;
        int literals = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(n % 100 == 0 ? 400 : 24);
            for (int i = 0; i < length; i++) {
                List<String> kind = kinds.get(random.nextInt(kinds.size()));
                s.append(kind.get(random.nextInt(kind.size())));
            }
            String passage = s.toString();
            if (!WordsExact.of(passage)) {
                continue;
            }
            unmarked++;
            Map<String, Integer> tokens = tokens(passage);
            String folded = FoldedText.of(passage, 0).folded();
            TreeSet<String> words = new TreeSet<>(tokens.keySet());
            words.addAll(runs(folded));
            words.addAll(elisions(folded));
            for (String w : words) {
                if (!WordsExact.isCountedWord(w) && !WordsExact.isCountedElision(w)) {
                    continue;
                }
                literals++;
                int verified = LiteralMatcher.find(new Literal(w, false, QueryNode.Term.Kind.EXACT), passage, 0, "en",
                        FoldedText.of(passage, 0)).size();
                assertEquals(verified, (int) tokens.getOrDefault(w, 0), () -> "'" + w + "' in '" + passage + "' "
                        + passage.codePoints().mapToObj(Integer::toHexString).toList());
            }
        }
        assertTrue(unmarked > 3_000, "passages counted from the postings: " + unmarked);
        assertTrue(literals > 5_000, "words checked: " + literals);
    }

    @Test
    void elisionsAreCountedAsTheVerifierFindsThem() throws IOException {
        // letters, apostrophes of both kinds and a few separators: elisions, possessives and their neighbours
        List<String> alphabet = split("lduniosqtcrmeaéèàxLDUÉ0123456789''’’'' .-,");
        Random random = new Random(20261201);
        int elisions = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = 1 + random.nextInt(30); i > 0; i--) {
                s.append(alphabet.get(random.nextInt(alphabet.size())));
            }
            String passage = s.toString();
            if (!WordsExact.of(passage)) {
                continue;
            }
            Map<String, Integer> tokens = tokens(passage);
            for (String w : elisions(FoldedText.of(passage, 0).folded())) {
                if (!WordsExact.isCountedElision(w)) {
                    continue;
                }
                elisions++;
                int verified = LiteralMatcher.find(new Literal(w, false, QueryNode.Term.Kind.EXACT), passage, 0, "fr",
                        FoldedText.of(passage, 0)).size();
                assertEquals(verified, (int) tokens.getOrDefault(w, 0), () -> "'" + w + "' in '" + passage + "'");
            }
        }
        assertTrue(elisions > 2_000, "elisions checked: " + elisions);
        assertTrue(WordsExact.isCountedElision("l'union") && WordsExact.isCountedElision("rock'n'roll"));
        assertFalse(WordsExact.isCountedElision("l'") || WordsExact.isCountedElision("a'1")
                || WordsExact.isCountedElision("l''union") || WordsExact.isCountedElision("union"));
    }

    /** Every run of two or more words joined by single apostrophes in a folded text, and each shorter run in it. */
    private static List<String> elisions(String folded) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:'[\\p{L}\\p{N}\\p{M}]+)+")
                .matcher(folded);
        while (m.find()) {
            String[] parts = m.group().split("'");
            for (int i = 0; i < parts.length; i++) {
                for (int j = i + 1; j < parts.length; j++) {
                    out.add(String.join("'", java.util.Arrays.copyOfRange(parts, i, j + 1)));
                }
            }
        }
        return out;
    }

    @Test
    void passagesWhereTokensAndWordsMayDisagreeAreMarked() {
        assertTrue(WordsExact.of("The Commission's report of 2020年の会議, l'Union européenne, Καλημέρα, Москва."));
        assertTrue(WordsExact.of("Cafe\u0301 ① ﬁnal ＡＢＣ"));
        assertTrue(WordsExact.of("EU한국 OECD의 2020년"), "Hangul is split from a Latin word or a number");
        assertFalse(WordsExact.of("ab\u1C8Acd"), "a Cyrillic letter of Unicode 16, which the tokenizer does not know");
        assertFalse(WordsExact.of("abcไทย"), "Thai has no spaces");
        assertFalse(WordsExact.of("a \u0301b"), "a mark after a space");
        assertFalse(WordsExact.of("a".repeat(256)), "a run the tokenizer cuts");
        assertTrue(WordsExact.of("a".repeat(255) + " " + "b".repeat(255)));
    }

    /** The text field's tokens outside CJK, with their frequencies. */
    private static Map<String, Integer> tokens(String passage) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        try (TokenStream ts = ANALYZER.tokenStream(Fields.TEXT, passage)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (t.codePoints().noneMatch(Scripts::isCjk)) {
                    out.merge(t, 1, Integer::sum);
                }
            }
            ts.end();
        }
        return out;
    }

    /** The maximal runs of word characters outside CJK: the words the verifier sees. */
    private static List<String> runs(String folded) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= folded.length();) {
            int c = i < folded.length() ? folded.codePointAt(i) : ' ';
            if (WordChars.continuesWord(c) && !Scripts.isCjk(c)) {
                run.appendCodePoint(c);
            } else if (!run.isEmpty()) {
                out.add(run.toString());
                run.setLength(0);
            }
            i += Character.charCount(c);
        }
        return out;
    }
}
