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

/** tessera agreement: by character, by document, the disagreements, and null where a figure is undefined. */
class CliAgreementTest {

    @TempDir
    Path dir;
    String p;

    @BeforeEach
    void coded() throws Exception {
        p = dir.resolve("team.tessera").toString();
        CliRun.of("new", p).ok();
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "𠮷田市与北九州市的环境合作始于一九八〇年", StandardCharsets.UTF_8); // 20 code points
        Path b = dir.resolve("b.txt");
        Files.writeString(b, "Busan and Fukuoka sisters", StandardCharsets.UTF_8); // 25
        CliRun.of("import", p, a.toString(), b.toString()).ok();
        CliRun.of("codes", p, "add", "Local").ok();
        CliRun.of("codes", p, "add", "Tone", "--category").ok();
        CliRun.of("codes", p, "add", "Tone/positive").ok();
        CliRun.of("codes", p, "add", "Tone/negative").ok();
        Path batch = dir.resolve("codings.tsv");
        Files.writeString(batch, String.join("\n",
                "a\t0\t6\tLocal\tLi Wei",
                "a\t3\t8\tLocal\tSato Yuki",
                "b\t0\t5\tLocal\tSato Yuki",
                "a\t0\t2\tTone/positive\tLi Wei",
                "a\t0\t2\tTone/positive\tSato Yuki",
                "b\t0\t2\tTone/positive\tLi Wei",
                "b\t0\t2\tTone/negative\tSato Yuki") + "\n", StandardCharsets.UTF_8);
        CliRun.of("code", p, "--batch", batch.toString()).ok();
    }

    @Test
    void characterByCharacterPerCodeAndPair() {
        JsonObject r = CliRun.of("agreement", p, "--codes", "Local", "--by-document", "--json").ok().json()
                .getAsJsonObject();
        assertEquals("[\"Li Wei\",\"Sato Yuki\"]", r.getAsJsonArray("coders").toString());
        assertEquals(2, r.get("documents").getAsInt());
        assertEquals(45, r.get("characters").getAsInt(), "code points: 𠮷 is one");
        JsonObject pair = r.getAsJsonArray("codes").get(0).getAsJsonObject().getAsJsonArray("pairs").get(0)
                .getAsJsonObject();
        assertEquals(3, pair.get("both").getAsInt());
        assertEquals(3, pair.get("firstOnly").getAsInt());
        assertEquals(7, pair.get("secondOnly").getAsInt());
        assertEquals(32, pair.get("neither").getAsInt());
        assertEquals(100.0 * 35 / 45, pair.get("agreement").getAsDouble(), 1e-9);
        assertEquals(2, pair.getAsJsonArray("documents").size());
        // unitized: N = 90; observed P-P 6, gap-P 10 each way, gap-gap 64; Σℓ² P 36 + 25 + 25, gaps 74; D = 7940;
        // uα = 1 - (90 - 70) / (90 - 90 (74² - 74 + 16² - 86) / 7940) = 0.2549; one value, so |uα = uα, no cuα
        JsonObject alpha = r.getAsJsonObject("alpha");
        assertEquals(0.2549, alpha.get("u").getAsDouble(), 0.00005);
        assertEquals(0.2549, alpha.get("binary").getAsDouble(), 0.00005);
        assertTrue(alpha.get("cu").isJsonNull());
        assertEquals(0.2549, r.getAsJsonArray("codes").get(0).getAsJsonObject().get("alphaBinary").getAsDouble(),
                0.00005);
        String screen = CliRun.of("agreement", p, "--codes", "Local").ok().out();
        assertTrue(screen.contains("Li Wei") && screen.contains("u-alpha 0.255") && screen.contains("cu-alpha n/a"),
                screen);
    }

    @Test
    void undefinedFiguresAreNullInJsonAndNaOnScreen() {
        JsonObject r = CliRun.of("agreement", p, "--codes", "Tone", "--docs", "b", "--coders", "Li Wei,Sato Yuki",
                "--json").ok().json().getAsJsonObject();
        JsonObject pair = r.getAsJsonArray("codes").get(0).getAsJsonObject().getAsJsonArray("pairs").get(0)
                .getAsJsonObject();
        assertEquals(1.0, pair.get("kappa").getAsDouble(), "neither coded anything here: kappa 1 as NVivo defines it");

        JsonObject byDoc = CliRun.of("agreement", p, "--unit", "document", "--codes", "Tone", "--docs", "a", "--json")
                .ok().json().getAsJsonObject();
        JsonObject group = byDoc.getAsJsonArray("groups").get(0).getAsJsonObject();
        assertTrue(group.get("alpha").isJsonNull(), "one value only: alpha is 0/0");
        assertTrue(CliRun.of("agreement", p, "--unit", "document", "--codes", "Tone", "--docs", "a").ok().out()
                .contains("n/a"));

        JsonObject overlapping = CliRun.of("agreement", p, "--codes", "Local,Tone/positive", "--json").ok().json()
                .getAsJsonObject();
        assertTrue(overlapping.getAsJsonObject("alpha").get("u").isJsonNull(), "Li Wei's Local and positive overlap");
        assertTrue(overlapping.getAsJsonObject("alpha").get("cu").isJsonNull());
        assertTrue(overlapping.getAsJsonObject("alpha").get("binary").isJsonPrimitive());
        String note = overlapping.getAsJsonArray("notes").get(0).getAsString();
        assertTrue(note.contains("Li Wei") && note.contains("Tone/positive") && note.contains("[0, 2)"), note);
    }

    @Test
    void documentsAsUnitsAndTheDisagreements() {
        JsonObject r = CliRun.of("agreement", p, "--unit", "document", "--codes", "Tone", "--json").ok().json()
                .getAsJsonObject();
        JsonObject group = r.getAsJsonArray("groups").get(0).getAsJsonObject();
        assertEquals("Tone", group.get("code").getAsString());
        JsonObject pair = group.getAsJsonArray("pairs").get(0).getAsJsonObject();
        assertEquals(2, pair.get("units").getAsInt());
        assertEquals(50.0, pair.get("agreement").getAsDouble(), 1e-9);

        JsonArray d = CliRun.of("agreement", p, "--codes", "Local", "--disagreements", "--json").ok().json()
                .getAsJsonArray();
        assertEquals(3, d.size(), "[0,3) Li Wei, [6,8) Sato Yuki, and Busan");
        JsonObject first = d.get(0).getAsJsonObject();
        assertEquals("a", first.get("document").getAsString());
        assertEquals(0, first.get("start").getAsInt());
        assertEquals(3, first.get("end").getAsInt());
        assertEquals("[\"Li Wei\"]", first.getAsJsonArray("coders").toString());
    }

    @Test
    void wrongUsageIsSaid() {
        assertEquals(2, CliRun.of("agreement", p, "--unit", "paragraph").exit());
        assertEquals(2, CliRun.of("agreement", p, "--unit", "document").exit(), "needs --codes");
        assertEquals(2, CliRun.of("agreement", p, "--unit", "document", "--codes", "Tone", "--by-document").exit());
        assertEquals(1, CliRun.of("agreement", p, "--codes", "Nowhere").exit());
        assertEquals(1, CliRun.of("agreement", p, "--coders", "Nobody").exit(), "a coder the project does not know");
    }

    @Test
    void aCopyForASecondCoderIsTheSameProject() {
        String copy = dir.resolve("for-sato.tessera").toString();
        JsonObject r = CliRun.of("copy", p, copy, "--json").ok().json().getAsJsonObject();
        assertTrue(r.get("bytes").getAsLong() > 0);
        assertEquals(CliRun.of("agreement", p, "--json").ok().out(), CliRun.of("agreement", copy, "--json").ok().out());
        assertEquals(1, CliRun.of("copy", p, copy).exit(), "an existing file is never overwritten");
    }

    @Test
    void aSecondCodersCopyMergesBackOnceAndTheAgreementSeesBoth() throws Exception {
        String copy = dir.resolve("kim.tessera").toString();
        CliRun.of("copy", p, copy).ok();
        Path batch = dir.resolve("kim.tsv");
        Files.writeString(batch, "a\t0\t6\tLocal\tKim Minji\n", StandardCharsets.UTF_8);
        CliRun.of("code", copy, "--batch", batch.toString()).ok();
        JsonObject merged = CliRun.of("merge", p, copy, "--json").ok().json().getAsJsonObject();
        assertEquals(1, merged.getAsJsonObject("codings").get("added").getAsInt());
        assertEquals(7, merged.getAsJsonObject("codings").get("matched").getAsInt());
        assertEquals(2, merged.getAsJsonObject("documents").get("matched").getAsInt());
        assertTrue(merged.get("changed").getAsBoolean());
        JsonObject again = CliRun.of("merge", p, copy, "--json").ok().json().getAsJsonObject();
        assertEquals(false, again.get("changed").getAsBoolean(), "merging twice changes nothing");
        JsonObject r = CliRun.of("agreement", p, "--codes", "Local", "--json").ok().json().getAsJsonObject();
        assertEquals(3, r.getAsJsonArray("coders").size());
        CliRun.of("undo", p).ok();
        assertEquals(2, CliRun.of("agreement", p, "--codes", "Local", "--json").ok().json().getAsJsonObject()
                .getAsJsonArray("coders").size(), "the merge undone");
    }

    @Test
    void aDisagreementResolvedAsTheConsensusCoder() {
        // Li Wei [0, 6), Sato Yuki [3, 8) of "a"
        JsonObject r = CliRun.of("consensus", p, "--doc", "a", "--code", "Local", "--start", "0", "--end", "3",
                "--intersection", "--as", "Team", "--json").ok().json().getAsJsonObject();
        assertEquals("[{\"start\":3,\"end\":6}]", r.getAsJsonArray("added").toString());
        JsonObject adopted = CliRun.of("consensus", p, "--doc", "a", "--code", "Local", "--start", "6", "--end", "8",
                "--adopt", "Sato Yuki", "--json").ok().json().getAsJsonObject();
        assertEquals("Consensus", adopted.get("coder").getAsString());
        assertEquals("[{\"start\":3,\"end\":8}]", adopted.getAsJsonArray("added").toString());
        assertEquals(4, CliRun.of("agreement", p, "--codes", "Local", "--json").ok().json().getAsJsonObject()
                .getAsJsonArray("coders").size());
        assertEquals(2, CliRun.of("consensus", p, "--doc", "a", "--code", "Local", "--start", "0", "--end", "3").exit(),
                "one way to resolve it is needed");
        assertEquals(1, CliRun.of("consensus", p, "--doc", "a", "--code", "Local", "--start", "0", "--end", "3",
                "--adopt", "Nobody").exit());
    }

    @Test
    void theAgreementWorkbookGoesToTheTeamAndItsDecisionsComeBack() throws Exception {
        Path out = dir.resolve("agreement.xlsx");
        CliRun.of("export", p, "agreement", "--codes", "Local", "--out", out.toString()).ok();
        String coding;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
            var summary = book.getSheet("Agreement");
            assertEquals("Local", summary.getRow(1).getCell(0).getStringCellValue());
            assertEquals(3.0, summary.getRow(1).getCell(3).getNumericCellValue(), "both coded [3, 6)");
            assertEquals("0.255", summary.getRow(1).getCell(9).getStringCellValue(), "α-binary as the CLI gives it");
            var alphas = book.getSheet("Unitized alpha");
            assertEquals("Local", alphas.getRow(1).getCell(0).getStringCellValue());
            assertEquals("0.255", alphas.getRow(1).getCell(1).getStringCellValue());
            assertEquals("n/a", alphas.getRow(1).getCell(3).getStringCellValue(), "one value: no cu-alpha");
            var d = book.getSheet("Disagreements");
            assertEquals(3, d.getLastRowNum(), "a coding per stretch: Li Wei [0, 6) and Sato Yuki [3, 8) in a, Sato Yuki in b");
            coding = d.getRow(1).getCell(0).getStringCellValue();
            // the reviewer's spreadsheet program saves the sheet with a decision on the first row
            var format = new org.apache.poi.ss.usermodel.DataFormatter();
            var header = new java.util.ArrayList<String>();
            d.getRow(0).forEach(c -> header.add(format.formatCellValue(c)));
            try (var saved = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
                var sheet = saved.createSheet("Disagreements");
                for (int r = 0; r <= d.getLastRowNum(); r++) {
                    var row = sheet.createRow(r);
                    for (int c = 0; c < header.size(); c++) {
                        var cell = d.getRow(r).getCell(c);
                        row.createCell(c).setCellValue(cell == null ? "" : format.formatCellValue(cell));
                    }
                }
                sheet.getRow(1).getCell(header.indexOf("Decision")).setCellValue("Revise");
                sheet.getRow(1).getCell(header.indexOf("Comment")).setCellValue("the stretch is Sato's reading");
                try (var o = Files.newOutputStream(dir.resolve("reviewed.xlsx"))) {
                    saved.write(o);
                }
            }
        }
        JsonObject r = CliRun.of("import-review", p, dir.resolve("reviewed.xlsx").toString(), "--json").ok().json()
                .getAsJsonObject();
        assertEquals(1, r.get("recorded").getAsInt(), r.toString());
        assertTrue(coding.length() >= 36);
        assertEquals(2, CliRun.of("export", p, "agreement", "--out", dir.resolve("x.xlsx").toString(), "--format",
                "pdf").exit());
    }
}
