package tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/** tessera freq: Chinese place names whole, the user's stop words, words to keep whole and the shortest word. */
class CliFreqTest {

    @TempDir
    Path dir;
    String p;

    @BeforeEach
    void sample() {
        p = dir.resolve("s.tessera").toString();
        CliRun.of("new", p, "--sample").ok();
    }

    private static boolean has(JsonArray words, String word) {
        for (JsonElement w : words) {
            if (w.getAsJsonObject().get("word").getAsString().equals(word)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void optionsLeaveOutAndKeepWhole() {
        JsonArray plain = CliRun.of("freq", p, "--limit", "2000", "--json").ok().json().getAsJsonArray();
        assertTrue(has(plain, "北九州") && has(plain, "城市"), "a city's name whole");
        JsonArray mine = CliRun.of("freq", p, "--limit", "2000", "--stop", "城市，合作", "--min-length", "2",
                "--json").ok().json().getAsJsonArray();
        assertTrue(!has(mine, "城市") && !has(mine, "合作") && has(mine, "北九州"), mine.toString());
        for (JsonElement w : mine) {
            String word = w.getAsJsonObject().get("word").getAsString();
            assertTrue(word.codePointCount(0, word.length()) >= 2, word);
        }
        assertEquals(2, CliRun.of("freq", p, "--min-length", "0").exit());
    }
}
