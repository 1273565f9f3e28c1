package tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/** tessera chart: each chart to SVG and PNG without a display, and bad requests refused with exit 2. */
class CliChartTest {

    @TempDir
    Path dir;
    String p;

    @BeforeEach
    void sample() {
        p = dir.resolve("s.tessera").toString();
        CliRun.of("new", p, "--sample").ok();
    }

    @Test
    void everyChartMakesAFile() throws Exception {
        String doc = CliRun.of("docs", p, "--json").ok().json().getAsJsonArray().get(0).getAsJsonObject()
                .get("name").getAsString();
        String[][] charts = {{"codes-by-attribute", "--attribute", "country"}, {"code-frequencies"}, {"hierarchy"},
            {"cooccurrence-map"}, {"portrait", "--doc", doc}, {"wordcloud"}};
        for (String[] c : charts) {
            Path svg = dir.resolve(c[0] + ".svg");
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("chart", p));
            args.addAll(java.util.List.of(c));
            args.addAll(java.util.List.of("--out", svg.toString(), "--json"));
            JsonObject r = CliRun.of(args.toArray(String[]::new)).ok().json().getAsJsonObject();
            assertEquals(c[0], r.get("chart").getAsString());
            String text = Files.readString(svg, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("<?xml") && text.contains("<svg"), c[0]);
        }
        Path png = dir.resolve("drivers.png");
        CliRun.of("chart", p, "codes-by-attribute", "--attribute", "country", "--codes", "Drivers", "--stacked",
                "--out", png.toString(), "--width", "800", "--height", "500").ok();
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 8);
        assertEquals((byte) 0x89, head[0]);
        assertEquals("PNG", new String(head, 1, 3, StandardCharsets.US_ASCII));
    }

    @Test
    void badChartsSizesAndFilesExitTwoAndWriteNothing() {
        Path out = dir.resolve("x.svg");
        assertEquals(2, CliRun.of("chart", p, "pie", "--out", out.toString()).exit());
        assertEquals(2, CliRun.of("chart", p, "hierarchy", "--out", out.toString(), "--width", "wide").exit());
        assertEquals(2, CliRun.of("chart", p, "hierarchy", "--out", out.toString(), "--width", "20").exit());
        assertEquals(2, CliRun.of("chart", p, "hierarchy", "--out", dir.resolve("x.gif").toString()).exit());
        CliRun noAttribute = CliRun.of("chart", p, "codes-by-attribute", "--out", out.toString());
        assertEquals(2, noAttribute.exit());
        assertTrue(noAttribute.err().contains("attribute"), noAttribute.err());
        assertEquals(2, CliRun.of("chart", p, "portrait", "--out", out.toString()).exit());
        assertFalse(Files.exists(out));
    }
}
