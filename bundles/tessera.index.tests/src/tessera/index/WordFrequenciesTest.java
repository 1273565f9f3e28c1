package tessera.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Word frequencies: Chinese place names kept whole, the user's stop words and minimum length, English fillers out. */
class WordFrequenciesTest {

    private static List<String> words(String text, String language, FrequencyOptions options) {
        return WordFrequencies.count(List.of(new WordFrequencies.Passage(1, text, language)), 100, options).stream()
                .map(WordFrequencies.Word::word).toList();
    }

    @Test
    void aChinesePlaceNameTheDictionaryCutsIsOneWord() {
        List<String> w = words("大连与北九州的环境合作。北九州市的国际环境协力。", "zh", FrequencyOptions.DEFAULT);
        assertTrue(w.contains("北九州"), w.toString());
        assertFalse(w.contains("九"), "not three pieces: " + w);
        assertEquals(2, WordFrequencies.count(List.of(new WordFrequencies.Passage(1,
                "大连与北九州的环境合作。北九州市的国际环境协力。", "zh")), 100).stream()
                .filter(x -> x.word().equals("北九州")).findFirst().orElseThrow().count());
    }

    @Test
    void theUsersOwnWordsAreKeptWholeToo() {
        String text = "珲春与图们江区域的合作，罗先也在其中。";
        assertFalse(words(text, "zh", FrequencyOptions.DEFAULT).contains("罗先"));
        assertTrue(words(text, "zh", new FrequencyOptions(1, Set.of(), Set.of("罗先"))).contains("罗先"));
    }

    @Test
    void stopWordsAndAMinimumLengthLeaveWordsOut() {
        String en = "Its own ports can trade more than its neighbours; each port trades.";
        List<String> plain = words(en, "en", FrequencyOptions.DEFAULT);
        assertFalse(plain.contains("its") || plain.contains("can") || plain.contains("than") || plain.contains("own"),
                plain.toString());
        assertTrue(plain.contains("ports") || plain.contains("port"), plain.toString());
        List<String> mine = words(en, "en", new FrequencyOptions(1, Set.of("Trade", "port", "ports"), Set.of()));
        assertFalse(mine.stream().anyMatch(x -> x.startsWith("trade") || x.startsWith("port")), mine.toString());
        List<String> zh = words("大连与北九州的环境合作", "zh", new FrequencyOptions(2, Set.of(), Set.of()));
        assertTrue(zh.stream().allMatch(x -> x.codePointCount(0, x.length()) >= 2), zh.toString());
        assertTrue(zh.contains("北九州") && zh.contains("环境"), zh.toString());
        assertThrows(IllegalArgumentException.class, () -> new FrequencyOptions(0, Set.of(), Set.of()));
    }
}
