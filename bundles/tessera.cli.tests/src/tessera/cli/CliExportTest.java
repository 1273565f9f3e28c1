package tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.google.gson.JsonObject;

class CliExportTest {

    @TempDir
    Path dir;
    String p;

    @BeforeEach
    void sample() {
        p = dir.resolve("sample.tessera").toString();
        CliRun.of("new", p, "--sample").ok();
    }

    @Test
    void allSheetsInOneWorkbook() throws Exception {
        Path out = dir.resolve("all.xlsx");
        JsonObject o = CliRun.of("export", p, "all", "--out", out.toString(), "--aggregate", "--json").ok().json()
                .getAsJsonObject();
        assertEquals(out.toAbsolutePath().toString(), o.getAsJsonArray("files").get(0).getAsString());
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            assertEquals(List.of("Codes x documents", "Co-occurrence", "Coded segments", "Codebook"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
        }
    }

    @Test
    void filteredCrosstabAsCsv() throws Exception {
        Path out = dir.resolve("by-country.csv");
        CliRun.of("export", p, "attributes", "--attribute", "country", "--value", "presence", "--codes", "Drivers",
                "--where", "country=China,country=Japan", "--coders", "Li Wei", "--out", out.toString()).ok();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("\uFEFFCode (documents coded),Path,China,Japan,Total", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Local,Drivers/Local,2,0,2")), String.join("\n", lines));
    }

    @Test
    void reviewSheetGoesOutAndComesBackUnchanged() {
        Path out = dir.resolve("review.xlsx");
        CliRun.of("export", p, "segments", "--out", out.toString()).ok();
        JsonObject r = CliRun.of("import-review", p, out.toString(), "--json").ok().json().getAsJsonObject();
        assertEquals(0, r.get("recorded").getAsInt());
        assertEquals(45, r.get("unchanged").getAsInt());
    }

    @Test
    void usageAndFailures() throws Exception {
        assertEquals(2, CliRun.of("export", p, "matrix").exit(), "no --out");
        assertEquals(2, CliRun.of("export", p, "pie-chart", "--out", "x.xlsx").exit());
        assertEquals(2, CliRun.of("export", p, "matrix", "--out", "x.txt").exit(), "no format");
        assertEquals(2, CliRun.of("export", p, "cooccurrence", "--mode", "near", "--out", "x.csv").exit());
        CliRun noAttribute = CliRun.of("export", p, "attributes", "--out", dir.resolve("x.xlsx").toString());
        assertEquals(1, noAttribute.exit());
        assertTrue(noAttribute.err().contains("needs an attribute"), noAttribute.err());
        CliRun badSheet = CliRun.of("import-review", p, dir.resolve("nothing.xlsx").toString());
        assertEquals(1, badSheet.exit());
        Files.writeString(dir.resolve("plain.csv"), "a,b\n1,2\n");
        CliRun noColumns = CliRun.of("import-review", p, dir.resolve("plain.csv").toString());
        assertEquals(1, noColumns.exit());
        assertTrue(noColumns.err().contains("no 'Coding ID'"), noColumns.err());
    }

    @Test
    void qdpxHoldsTheProjectAndItsSources() throws Exception {
        Path out = dir.resolve("sample.qdpx");
        JsonObject o = CliRun.of("export", p, "qdpx", "--out", out.toString(), "--json").ok().json().getAsJsonObject();
        assertEquals(5, o.get("sources").getAsInt());
        assertEquals(45, o.get("codings").getAsInt());
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.toFile())) {
            assertTrue(zip.getEntry("project.qde") != null);
            assertEquals(6, zip.size(), "project.qde and five sources");
        }
    }

    @Test
    void qdpxComesBackAsANewProjectAndAnUnreadableOneLeavesNone() throws Exception {
        Path out = dir.resolve("sample.qdpx");
        CliRun.of("export", p, "qdpx", "--out", out.toString()).ok();
        Path copy = dir.resolve("copy.tessera");
        JsonObject o = CliRun.of("import-qdpx", out.toString(), copy.toString(), "--json").ok().json().getAsJsonObject();
        assertEquals(5, o.get("documents").getAsInt());
        assertEquals(45, o.get("codings").getAsInt());
        assertEquals(0, o.getAsJsonArray("skipped").size());
        Path broken = dir.resolve("broken.qdpx");
        Files.writeString(broken, "not a zip");
        Path none = dir.resolve("none.tessera");
        CliRun r = CliRun.of("import-qdpx", broken.toString(), none.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("broken.qdpx"), r.err());
        assertTrue(!Files.exists(none), "no project is left behind");
    }

    @Test
    void aCodebookGoesOutAsQdcAndMergesBackThroughImport() throws Exception {
        CliRun.of("sets", p, "create", "Core codes", "--description", "for the review").ok();
        CliRun.of("sets", p, "add", "Core codes", "code:Drivers/Local", "code:Drivers").ok();
        Path qdc = dir.resolve("book.qdc");
        JsonObject out = CliRun.of("export", p, "qdc", "--out", qdc.toString(), "--json").ok().json().getAsJsonObject();
        assertEquals(1, out.get("sets").getAsInt());
        String other = dir.resolve("other.tessera").toString();
        CliRun.of("new", other).ok();
        Path txt = dir.resolve("note.txt");
        Files.writeString(txt, "城市外交", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("import", other, qdc.toString(), txt.toString(), dir.resolve("gone.qdc").toString(),
                "--json");
        assertEquals(1, r.exit(), "one file failed");
        JsonObject o = r.json().getAsJsonObject();
        JsonObject book = o.getAsJsonArray("refi").get(0).getAsJsonObject();
        assertEquals("codebook", book.get("kind").getAsString());
        assertEquals(book.get("codesRead").getAsInt(), book.get("codesAdded").getAsInt());
        assertEquals(1, book.get("setsAdded").getAsInt());
        assertEquals(1, o.getAsJsonArray("imported").size(), "the text file went in beside the codebook");
        assertTrue(o.getAsJsonArray("failed").get(0).getAsJsonObject().get("reason").getAsString().contains("gone.qdc"));
        var sets = CliRun.of("sets", other, "--json").ok().json().getAsJsonArray();
        assertEquals("Core codes", sets.get(0).getAsJsonObject().get("name").getAsString());
        assertEquals(2, sets.get(0).getAsJsonObject().getAsJsonArray("codes").size());
    }

    @Test
    void theOriginalFileOfADocumentComesOutByteForByte() throws Exception {
        Path gbk = dir.resolve("大连.txt");
        byte[] bytes = "大连与北九州\r\n".getBytes(java.nio.charset.Charset.forName("GB18030"));
        Files.write(gbk, bytes);
        CliRun.of("import", p, gbk.toString()).ok();
        Path back = dir.resolve("back.txt");
        JsonObject o = CliRun.of("docs", p, "original", "大连", "--out", back.toString(), "--json").ok().json()
                .getAsJsonObject();
        assertEquals("大连.txt", o.get("original").getAsString());
        org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, Files.readAllBytes(back));
        CliRun none = CliRun.of("docs", p, "original", "北九州市の国際環境協力", "--out", back.toString());
        assertEquals(1, none.exit(), "the sample's documents were written, not imported: no original");
        assertTrue(none.err().contains("no original"), none.err());
    }
}
