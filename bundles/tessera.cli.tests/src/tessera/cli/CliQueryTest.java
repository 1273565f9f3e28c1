package tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** tessera query and export matrix-query: results as JSON, coded as a code or saved as a set, malformed queries. */
class CliQueryTest {

    @TempDir
    Path dir;
    String p;

    @BeforeEach
    void coded() throws Exception {
        p = dir.resolve("q.tessera").toString();
        CliRun.of("new", p).ok();
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "𠮷田市与北九州市的环境合作始于一九八〇年", StandardCharsets.UTF_8);
        Path b = dir.resolve("b.txt");
        Files.writeString(b, "Busan and Fukuoka became sister cities", StandardCharsets.UTF_8);
        CliRun.of("import", p, a.toString(), b.toString()).ok();
        CliRun.of("codes", p, "add", "Drivers").ok();
        CliRun.of("codes", p, "add", "Drivers/Local").ok();
        CliRun.of("codes", p, "add", "Constraints").ok();
        CliRun.of("attr", p, "define", "Country").ok();
        CliRun.of("attr", p, "set", "a", "Country", "China").ok();
        CliRun.of("attr", p, "set", "b", "Country", "Korea").ok();
        Path batch = dir.resolve("codings.tsv");
        Files.writeString(batch, String.join("\n",
                "a\t0\t8\tDrivers/Local\tLi Wei",
                "a\t4\t12\tConstraints\tLi Wei",
                "b\t0\t17\tDrivers/Local\tKim",
                "b\t18\t38\tConstraints\tKim") + "\n", StandardCharsets.UTF_8);
        CliRun.of("code", p, "--batch", batch.toString()).ok();
    }

    @Test
    void resultsAsJsonWithTextInCodePointsAndTheirCodes() {
        JsonArray r = CliRun.of("query", p, "code:Drivers AND code:Constraints", "--json").ok().json()
                .getAsJsonArray();
        assertEquals(1, r.size());
        JsonObject s = r.get(0).getAsJsonObject();
        assertEquals("a", s.get("document").getAsString());
        assertEquals(4, s.get("start").getAsInt());
        assertEquals(8, s.get("end").getAsInt());
        assertEquals("北九州市", s.get("text").getAsString());
        assertEquals("[\"Drivers/Local\",\"Constraints\"]", s.getAsJsonArray("codes").toString());
        JsonArray near = CliRun.of("query", p, "code:Drivers/Local FOLLOWED BY/1 code:Constraints attr:Country=Korea",
                "--json").ok().json().getAsJsonArray();
        assertEquals(1, near.size());
        assertEquals("Busan and Fukuoka", near.get(0).getAsJsonObject().get("text").getAsString());
    }

    @Test
    void codeAsMakesTheCodeInOneUndoableStep() {
        CliRun.of("query", p, "code:Constraints AND \"sister cities\"", "--code-as", "Queries/Twinning").ok();
        JsonArray codings = CliRun.of("codings", p, "--json").ok().json().getAsJsonArray();
        assertEquals(5, codings.size());
        assertTrue(codings.toString().contains("Queries/Twinning"), codings.toString());
        CliRun.of("undo", p).ok();
        assertEquals(4, CliRun.of("codings", p, "--json").ok().json().getAsJsonArray().size());
        String codes = CliRun.of("codes", p, "--json").ok().out();
        assertTrue(!codes.contains("Twinning") && !codes.contains("Queries"), "the new codes went with the undo");
    }

    @Test
    void setSavesTheResultsDocuments() {
        CliRun.of("query", p, "code:Drivers", "--set", "Driven").ok();
        String sets = CliRun.of("sets", p, "--json").ok().out();
        assertTrue(sets.contains("Driven"), sets);
        assertTrue(sets.contains("\"a\"") && sets.contains("\"b\""), sets);
    }

    @Test
    void aMalformedQuerySaysWhatAndWhereAndExitsTwo() {
        CliRun r = CliRun.of("query", p, "code:Drivers AND (code:Constraints");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("column 18"), r.err());
        assertTrue(r.err().contains("never closed"), r.err());
        CliRun missing = CliRun.of("query", p, "code:Nope", "--json");
        assertEquals(2, missing.exit());
        assertTrue(missing.out().contains("Nope"), missing.out());
    }

    @Test
    void matrixQueryExportsCountsWithTotals() throws Exception {
        Path out = dir.resolve("m.csv");
        JsonObject r = CliRun.of("export", p, "matrix-query", "--rows", "codes:Drivers,Constraints", "--columns",
                "attribute:Country", "--out", out.toString(), "--json").ok().json().getAsJsonObject();
        assertEquals("[[1,1],[1,1]]", r.getAsJsonArray("cells").toString());
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(csv.contains("Country = China"), csv);
        assertTrue(csv.contains("Total"), csv);
        JsonObject overlap = CliRun.of("export", p, "matrix-query", "--rows", "codes:Drivers", "--columns",
                "codes:Constraints", "--operator", "OVERLAPS", "--value", "characters", "--out",
                dir.resolve("o.xlsx").toString(), "--json").ok().json().getAsJsonObject();
        assertEquals("[[8]]", overlap.getAsJsonArray("cells").toString(), "a's [0,8) overlaps; b's does not");
        assertTrue(Files.size(dir.resolve("o.xlsx")) > 0);
        assertEquals(2, CliRun.of("export", p, "matrix-query", "--rows", "colours", "--columns", "codes", "--out",
                out.toString()).exit());
    }
}
