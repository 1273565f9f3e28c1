package tessera.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The CLI through the product's own launcher, with no display: clean JSON on stdout, exit codes, messages. */
class LauncherCliTest {

    @TempDir
    Path dir;

    @Test
    void sampleProjectRoundTripWithJsonOnStdout() throws Exception {
        Launcher.Result created = Launcher.run(dir, "new", "sample.tessera", "--sample", "--json");
        assertEquals(0, created.exit(), created.err());
        assertEquals(5, created.json().getAsJsonObject().get("documents").getAsInt());

        Launcher.Result docs = Launcher.run(dir, "docs", "sample.tessera", "--json");
        assertEquals(0, docs.exit(), docs.err());
        JsonArray list = docs.json().getAsJsonArray();
        assertEquals(5, list.size());

        Launcher.Result codings = Launcher.run(dir, "codings", "sample.tessera", "--doc", "北九州市の国際環境協力",
                "--code", "Roles", "--json");
        assertEquals(0, codings.exit(), codings.err());
        String quoted = codings.json().getAsJsonArray().get(0).getAsJsonObject().get("text").getAsString();
        assertTrue(quoted.contains("\uD842\uDFB7田さん"), quoted);

        Path doc = dir.resolve("busan.txt");
        Files.write(doc, "부산과 후쿠오카는 바다를 사이에 둔 이웃 도시로서 오랫동안 교류해 왔습니다. 두 도시는 경제 협력과 관광 분야에서 함께 사업을 추진하고 있습니다."
                .getBytes("EUC-KR"));
        Launcher.Result imported = Launcher.run(dir, "import", "sample.tessera", doc.toString(), "--json");
        assertEquals(0, imported.exit(), imported.err());
        JsonObject first = imported.json().getAsJsonObject().getAsJsonArray("imported").get(0).getAsJsonObject();
        assertEquals("EUC-KR", first.get("encoding").getAsString());
        assertEquals("ko", first.get("language").getAsString());

        Launcher.Result text = Launcher.run(dir, "text", "sample.tessera", "busan", "--start", "0", "--end", "3");
        assertEquals("부산과\n", text.out());
    }

    @Test
    void theStartUpCachesAreMadeOnTheFirstRunOfEachKindOfCommandAndNothingOfThemReachesTheOutput() throws Exception {
        java.util.Map<String, String> env = java.util.Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        assertEquals(0, Launcher.run(env, dir, "new", "s.tessera", "--sample").exit());
        assertEquals(0, Launcher.run(env, dir, "search", "s.tessera", "城市").exit());
        for (int run = 0; run < 3; run++) {
            Launcher.Result check = run == 2 ? Launcher.run(env, dir, "--coder", "bob", "check", "s.tessera", "--json")
                    : Launcher.run(env, dir, "check", "s.tessera", "--json");
            assertEquals(0, check.exit(), check.err());
            assertEquals("", check.err(), "run " + run + ": nothing on standard error");
            assertEquals("ok", check.json().getAsJsonObject().get("integrity").getAsString());
        }
        Path cache = dir.resolve("cache/tessera");
        try (var files = Files.list(cache)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            // one archive for each kind of command, made on the first run of one: `new` made the store's, which
            // `check` maps (also past --coder bob); `search` makes the search index's
            assertEquals(List.of("-search.jsa", "-store.jsa"), names.stream().filter(n -> n.startsWith("cli-"))
                    .map(n -> n.substring(n.lastIndexOf('-'))).toList(), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("sqlite-")), "SQLite's library, kept: " + names);
        }
    }

    @Test
    void exportsRunInTheProduct() throws Exception {
        assertEquals(0, Launcher.run(dir, "new", "s.tessera", "--sample").exit());
        Launcher.Result xlsx = Launcher.run(dir, "export", "s.tessera", "all", "--out", "all.xlsx", "--json");
        assertEquals(0, xlsx.exit(), xlsx.err() + xlsx.out());
        byte[] zip = Files.readAllBytes(dir.resolve("all.xlsx"));
        assertEquals('P', zip[0]);
        assertEquals('K', zip[1]);
        Launcher.Result review = Launcher.run(dir, "import-review", "s.tessera", "all.xlsx", "--json");
        assertEquals(0, review.exit(), review.err());
        assertEquals(45, review.json().getAsJsonObject().get("unchanged").getAsInt());
    }

    @Test
    void theLanguageComesFromTheEnvironmentOrFromNl() throws Exception {
        assertEquals(0, Launcher.run(dir, "new", "s.tessera").exit());
        assertEquals(0, Launcher.run(dir, "codes", "s.tessera", "add", "Tourism").exit());
        java.util.Map<String, String> chinese = java.util.Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "",
                "LC_MESSAGES", "");
        Launcher.Result zh = Launcher.run(chinese, dir, "log", "s.tessera", "--limit", "1");
        assertTrue(zh.out().contains("创建编码“Tourism”"), zh.out() + zh.err());
        Launcher.Result en = Launcher.run(chinese, dir, "-nl", "en", "log", "s.tessera", "--limit", "1");
        assertTrue(en.out().contains("Create code \"Tourism\""), en.out() + en.err());
        assertEquals(2, Launcher.run(dir, "-nl").exit(), "-nl needs a language");
        assertEquals(2, Launcher.run(dir, "-nl", "zh;rm", "help").exit(), "and only a language");
    }

    @Test
    void usageAndFailureExitCodes() throws Exception {
        Launcher.Result usage = Launcher.run(dir, "codes");
        assertEquals(2, usage.exit());
        assertTrue(usage.err().contains("usage: tessera codes"), usage.err());

        Path bogus = dir.resolve("bogus.tessera");
        Files.writeString(bogus, "not a project", StandardCharsets.UTF_8);
        Launcher.Result failed = Launcher.run(dir, "docs", bogus.toString());
        assertEquals(1, failed.exit());
        assertEquals("tessera: " + bogus + " is not a Tessera project (it is not an SQLite database)", failed.err().strip());
        assertFalse(failed.out().contains("Exception"));
        assertEquals("not a project", Files.readString(bogus));
    }

    @Test
    void workbenchWithoutDisplaySaysWhatToDo() throws Exception {
        Launcher.Result gui = Launcher.run(dir);
        assertEquals(1, gui.exit());
        assertTrue(gui.err().contains("no display"), gui.err());
    }
}
