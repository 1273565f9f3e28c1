package tessera.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tessera.core.ops.AddDocument;

/**
 * A word of a space-separated script is found wherever no letter, digit or mark continues it, whatever else the
 * paragraph holds: apostrophes (' and ’), hyphens, dotted names, e-mail addresses, numbers and elisions.
 */
class LatinWordsTest extends IndexTestBase {

    static final String ENGLISH = "Seoul's mayor met Busan's.\n"
            + "A Seoul-based network writes from seoul.go.kr and info@seoul.go.kr.\n"
            + "A Seoulite is not a match; the city's plan cost 1,000,000 won in 2016.\n"
            + "See lists.debian.org and README.Debian for the debian notes.\n"
            + "Sassen's global cities, and Sassen again.\n"
            + "It's the cities’ turn: Tokyo’s and Kyoto's.";
    static final String FRENCH = "L'État et l’État: la coopération d'une ville, aujourd'hui.\n"
            + "Les villes-sœurs s'engagent; qu'elles coopèrent.";
    static final String GERMAN = "Die Städtepartnerschaft Köln–Kyoto (seit 1963) und Kölns Rolle.\n"
            + "Straßen- und Schienenverkehr, z.B. Köln/Bonn; Nr. 3.14 und 3,14.";
    /** Paragraphs whose tokens may not be their words (marked, so verified), and one whose are. */
    static final String SCRIPTS = "EU한국 and EU, Seoul서울 Seoul\n"
            + "abcไทย abc ไทยabc\n"
            + "a".repeat(255) + "Seoul and Seoul\n"
            + "2020年のSeoul EU会議";
    /** Korean writes particles and counters onto Latin words and numbers, with no space. */
    static final String KOREAN = "OECD의 2020년 보고서와 EU에서, 서울시는 Seoul시와 함께";
    static final String MARKS = "Cafe\u0301 culture; cafe\u0301s and the Cafe\u0301-bar; cafe alone. Footnote \u2460 and \u2461.";

    @Override
    void prepare() {
        f.store.apply(new AddDocument("english", ENGLISH, "en", "txt"));
        f.store.apply(new AddDocument("french", FRENCH, "fr", "txt"));
        f.store.apply(new AddDocument("german", GERMAN, "de", "txt"));
        f.store.apply(new AddDocument("marks", MARKS, "en", "txt"));
        f.store.apply(new AddDocument("scripts", SCRIPTS, "en", "txt"));
        f.store.apply(new AddDocument("korean", KOREAN, "ko", "txt"));
    }

    private SearchResult search(String q, SearchOptions.Unit unit) {
        return index.search(q, new SearchOptions(unit, Integer.MAX_VALUE));
    }

    /**
     * The hits, in documents and in paragraphs, are the true occurrences one for one; with a limit, the first of
     * them.
     */
    private void exact(String literal) {
        String q = literal.contains(" ") ? "\"" + literal + "\"" : literal;
        List<int[]> truth = f.occurrences(literal);
        SearchResult firstTwo = index.search(q, new SearchOptions(SearchOptions.Unit.DOCUMENT, 2));
        assertEquals(truth.size(), firstTwo.total(), literal);
        assertEquals(Math.min(2, truth.size()), firstTwo.hits().size(), literal);
        for (int i = 0; i < firstTwo.hits().size(); i++) {
            assertEquals(truth.get(i)[0], (int) firstTwo.hits().get(i).documentId(), literal);
            assertEquals(truth.get(i)[1], firstTwo.hits().get(i).start(), literal);
        }
        for (SearchOptions.Unit unit : List.of(SearchOptions.Unit.DOCUMENT, SearchOptions.Unit.PARAGRAPH)) {
            SearchResult r = search(q, unit);
            assertEquals(truth.size(), r.total(), literal + " by " + unit + ": hits against true occurrences");
            for (int i = 0; i < truth.size(); i++) {
                assertEquals(truth.get(i)[1], r.hits().get(i).start(), literal);
                assertEquals(truth.get(i)[2], r.hits().get(i).end(), literal);
            }
        }
    }

    @Test
    void aWordIsFoundWhereverNoLetterOrDigitContinuesIt() {
        for (String q : List.of("Seoul", "seoul", "city", "debian", "Busan", "Sassen", "go", "kr", "info", "s",
                "cities", "Tokyo", "Kyoto", "1", "000", "2016", "3", "14", "Köln", "Kölns", "Straßen", "Schienenverkehr",
                "État", "l", "d", "une", "aujourd", "hui", "villes", "sœurs", "elles", "qu", "B", "Bonn")) {
            exact(q);
        }
        assertTrue(f.occurrences("Seoul").size() >= 5, "Seoul's, Seoul-based, seoul.go.kr twice, and not Seoulite");
        assertEquals(0, search("Seoulit", SearchOptions.Unit.DOCUMENT).total(), "a word inside a longer word");
        assertEquals(3, search("debian", SearchOptions.Unit.PARAGRAPH).total(), "lists.debian.org, README.Debian, debian");
    }

    @Test
    void aLatinWordOrNumberWithAKoreanParticleIsFoundAndSoIsTheParticle() {
        for (String q : List.of("OECD", "2020", "EU", "Seoul", "의", "년", "에서", "시와", "서울시는", "보고서와")) {
            exact(q);
        }
        long korean = f.store.documentByName("korean").orElseThrow().id();
        assertEquals(List.of("OECD"), search("OECD", SearchOptions.Unit.PARAGRAPH).hits().stream()
                .filter(h -> h.documentId() == korean).map(Hit::text).toList());
    }

    @Test
    void wordsAreCountedFromTheIndexOnlyWhereItsTokensAreTheWords() {
        for (String q : List.of("EU", "Seoul", "abc", "and", "a")) {
            exact(q); // the document unit counts from the postings and verifies the marked paragraphs
        }
        java.util.Set<Long> withSeoul = new java.util.HashSet<>();
        f.occurrences("Seoul").forEach(o -> withSeoul.add((long) o[0]));
        java.util.Set<Long> withBoth = new java.util.HashSet<>();
        f.occurrences("EU").forEach(o -> {
            if (withSeoul.contains((long) o[0])) {
                withBoth.add((long) o[0]);
            }
        });
        long inBoth = f.occurrences("Seoul").stream().filter(o -> withBoth.contains((long) o[0])).count()
                + f.occurrences("EU").stream().filter(o -> withBoth.contains((long) o[0])).count();
        SearchResult both = index.search("Seoul AND EU", new SearchOptions(SearchOptions.Unit.DOCUMENT, 1)
                .verifyingUpTo(0));
        assertEquals(inBoth, both.total(), "Seoul and EU in the documents that have both");
        assertEquals(withBoth.size(), both.units());
        assertTrue(withBoth.contains(f.store.documentByName("scripts").orElseThrow().id()));
    }

    @Test
    void theCountOfAWordDoesNotDependOnTheOtherWordsOfItsParagraph() {
        // "Seoul's" is the only Seoul of its paragraph; "Sassen's" stands beside a bare Sassen
        long english = f.store.documentByName("english").orElseThrow().id();
        SearchResult seoul = search("Seoul", SearchOptions.Unit.PARAGRAPH);
        assertTrue(seoul.hits().stream().anyMatch(h -> h.documentId() == english && h.start() == 0));
        assertEquals(2, inEnglish(search("Sassen", SearchOptions.Unit.PARAGRAPH), english));
        assertEquals(1, inEnglish(search("Busan", SearchOptions.Unit.PARAGRAPH), english), "Busan's");
    }

    private static long inEnglish(SearchResult r, long english) {
        return r.hits().stream().filter(h -> h.documentId() == english).count();
    }

    @Test
    void apostrophesOfBothKindsElisionsAndPhrases() {
        for (String q : List.of("Seoul's", "city's", "l'État", "l’État", "It's", "Tokyo's", "seoul.go.kr",
                "info@seoul.go.kr", "1,000,000", "3.14", "3,14", "Seoul-based", "README.Debian", "z.B.")) {
            exact(q);
        }
        assertEquals(2, search("l'État", SearchOptions.Unit.DOCUMENT).total(), "' and ’ meet");
        assertEquals(2, search("Tokyo's OR Kyoto's", SearchOptions.Unit.DOCUMENT).total());
    }

    @Test
    void combiningMarksContinueAWordAndFootnoteMarksAreTheirNumbers() {
        exact("cafe\u0301"); // as it is written, with the combining accent
        exact("cafe");
        for (Hit h : search("cafe", SearchOptions.Unit.DOCUMENT).hits()) {
            assertFalse(h.right().startsWith("\u0301"), "cafe alone, never the first letters of cafe\u0301");
        }
        exact("1"); // ① folds to 1 for the index as for the verifier
        exact("2");
        long marks = f.store.documentByName("marks").orElseThrow().id();
        assertEquals(List.of("\u2461"), search("2", SearchOptions.Unit.DOCUMENT).hits().stream()
                .filter(h -> h.documentId() == marks).map(Hit::text).toList(), "the hit shows the text as written");
    }

    @Test
    void prefixesAndWildcardsFollowTheSameRule() {
        SearchResult prefix = search("Seoul*", SearchOptions.Unit.DOCUMENT);
        String word = "[\\p{L}\\p{N}\\p{M}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]]"; // CJK: no edge
        assertEquals(f.count("(?<!" + word + ")seoul" + word + "*"), prefix.total());
        assertTrue(prefix.hits().stream().anyMatch(h -> h.text().equals("Seoulite")));
        SearchResult wildcard = search("K?ln", SearchOptions.Unit.DOCUMENT);
        assertEquals(f.occurrences("Köln").size(), wildcard.total());
    }
}
