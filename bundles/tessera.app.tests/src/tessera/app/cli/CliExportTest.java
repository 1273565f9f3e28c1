package tessera.app.cli;

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
        assertEquals(30, r.get("unchanged").getAsInt());
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
        assertEquals(30, o.get("codings").getAsInt());
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
        assertEquals(30, o.get("codings").getAsInt());
        assertEquals(0, o.getAsJsonArray("skipped").size());
        Path broken = dir.resolve("broken.qdpx");
        Files.writeString(broken, "not a zip");
        Path none = dir.resolve("none.tessera");
        CliRun r = CliRun.of("import-qdpx", broken.toString(), none.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("broken.qdpx"), r.err());
        assertTrue(!Files.exists(none), "no project is left behind");
    }
}
