package tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** search, kwic, autocode, freq and reindex through the CLI, with --json. */
class CliSearchTest {

    @TempDir
    Path dir;
    String p;

    @BeforeEach
    void sample() {
        p = dir.resolve("sample.tessera").toString();
        CliRun.of("new", p, "--sample").ok();
    }

    @Test
    void searchGivesHitsInCodePointsWithTheirText() {
        JsonObject r = CliRun.of("search", p, "城市 AND code:\"Drivers/Local\"", "--json").ok().json().getAsJsonObject();
        assertEquals("segment", r.get("unit").getAsString());
        assertTrue(r.get("total").getAsInt() > 0);
        for (JsonElement e : r.getAsJsonArray("hits")) {
            JsonObject h = e.getAsJsonObject();
            assertEquals("城市", h.get("text").getAsString());
            assertEquals(2, h.get("end").getAsInt() - h.get("start").getAsInt());
            assertTrue(h.getAsJsonArray("codes").toString().contains("Drivers/Local"), h.toString());
            JsonObject text = CliRun.of("text", p, h.get("document").getAsString(), "--json").ok().json()
                    .getAsJsonObject();
            String all = text.get("text").getAsString();
            int from = all.offsetByCodePoints(0, h.get("start").getAsInt());
            assertEquals("城市", all.substring(from, all.offsetByCodePoints(from, 2)));
        }
        CliRun kwic = CliRun.of("kwic", p, "外交").ok();
        assertTrue(kwic.out().contains("[外交]"), kwic.out());
    }

    @Test
    void malformedQueryFailsWithTheColumn() {
        CliRun r = CliRun.of("search", p, "城市 AND (外交");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("never closed") && r.err().contains("column 8"), r.err());
    }

    @Test
    void autocodeCodesEverySentenceInOneUndoStep() {
        int before = CliRun.of("codings", p, "--code", "Roles", "--json").ok().json().getAsJsonArray().size();
        JsonObject r = CliRun.of("autocode", p, "友好城市", "--code", "Roles", "--scope", "sentence", "--json").ok().json()
                .getAsJsonObject();
        int coded = r.get("coded").getAsInt();
        assertTrue(coded > 0);
        JsonArray after = CliRun.of("codings", p, "--code", "Roles", "--json").ok().json().getAsJsonArray();
        assertEquals(before + coded, after.size());
        assertTrue(after.toString().contains("。"), "sentences end at their full stop");
        JsonObject again = CliRun.of("autocode", p, "友好城市", "--code", "Roles", "--scope", "sentence", "--json").ok()
                .json().getAsJsonObject();
        assertEquals(0, again.get("coded").getAsInt());
        assertEquals(coded, again.get("alreadyCoded").getAsInt());
        CliRun.of("undo", p).ok();
        assertEquals(before, CliRun.of("codings", p, "--code", "Roles", "--json").ok().json().getAsJsonArray().size());
    }

    @Test
    void freqSegmentsChineseWithoutStopWordsAndWritesCsv() throws Exception {
        Path out = dir.resolve("freq.csv");
        JsonArray words = CliRun.of("freq", p, "--limit", "20", "--out", out.toString(), "--json").ok().json()
                .getAsJsonArray();
        List<String> top = words.asList().stream().map(e -> e.getAsJsonObject().get("word").getAsString()).toList();
        assertTrue(top.contains("城市"), top.toString());
        assertTrue(!top.contains("的") && !top.contains("，"), "stop words and punctuation are left out: " + top);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("\uFEFFword,language,count,documents", lines.get(0));
        assertEquals(21, lines.size());
    }

    @Test
    void reindexRebuildsWithProgressAndReportsTheSize() {
        JsonObject r = CliRun.of("reindex", p, "--json").ok().json().getAsJsonObject();
        assertTrue(r.get("units").getAsInt() > 30);
        assertTrue(r.get("bytes").getAsLong() > 0);
    }

    @Test
    void importTakesEveryFormatAndNamesWhatItRefused() throws Exception {
        Path md = dir.resolve("notes.md");
        Files.writeString(md, "# 城市\n\n友好城市的*新*形式。", StandardCharsets.UTF_8);
        Path html = dir.resolve("page.html");
        Files.writeString(html, "<p>Kitakyushu and Dalian</p>", StandardCharsets.UTF_8);
        Path pdf = dir.resolve("broken.pdf");
        Files.writeString(pdf, "no pdf here");
        CliRun r = CliRun.of("import", p, md.toString(), html.toString(), pdf.toString(), "--json");
        assertEquals(1, r.exit(), "one file failed");
        JsonObject o = r.json().getAsJsonObject();
        assertEquals(2, o.getAsJsonArray("imported").size());
        assertTrue(o.getAsJsonArray("failed").get(0).getAsJsonObject().get("reason").getAsString().contains("broken.pdf"));
        JsonObject hits = CliRun.of("search", p, "友好城市 AND doc:notes", "--json").ok().json().getAsJsonObject();
        assertEquals(1, hits.get("total").getAsInt(), "imported text is searchable at once");
    }
}
