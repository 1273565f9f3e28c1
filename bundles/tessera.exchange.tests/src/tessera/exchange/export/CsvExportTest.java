package tessera.exchange.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.ops.CreateCode;
import tessera.core.store.ProjectStore;
import tessera.exchange.review.CsvAccess;
import tessera.exchange.scope.ExportFilter;

class CsvExportTest {

    @TempDir
    Path dir;

    @Test
    void oneFilePerSheetUtf8WithBomQuotedAndGuarded() throws Exception {
        Path out = dir.resolve("study.csv");
        try (ProjectStore s = ExportFixture.sample(dir)) {
            s.apply(new CreateCode(null, "@risk, \"quoted\""));
            Exporter.Report r = Exporter.export(s, List.of(ExportKind.CODEBOOK, ExportKind.SEGMENTS), Exporter.Format.CSV,
                    out, ExportFilter.ALL, ExportOptions.DEFAULT, new NullProgressMonitor());
            assertEquals(List.of(dir.resolve("study-Codebook.csv").toAbsolutePath(),
                    dir.resolve("study-Coded segments.csv").toAbsolutePath()), r.files());
        }
        byte[] bytes = Files.readAllBytes(dir.resolve("study-Codebook.csv"));
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte-order mark for Excel");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"'@risk, \"\"quoted\"\"\""), text);
        List<List<String>> rows = CsvAccess.parse(new StringReader(text));
        assertEquals(List.of("Path", "Code", "Description", "Colour", "Codable", "Codings", "Documents"), rows.get(0));
        List<String> local = rows.stream().filter(r -> r.get(0).equals("Drivers/Local")).findFirst().orElseThrow();
        assertEquals("8", local.get(5));
        List<List<String>> segments = CsvAccess.parse(Files.newBufferedReader(dir.resolve("study-Coded segments.csv")));
        assertEquals(46, segments.size());
        assertTrue(segments.stream().anyMatch(r -> r.contains("元職員の\uD842\uDFB7田さんは、「技術よりも、人と人との信頼が大切だった」と振り返る。")));
    }
}
