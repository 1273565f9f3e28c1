package tessera.exchange.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.store.ProjectStore;
import tessera.exchange.scope.ExportFilter;

/** A failed or cancelled export reports why and leaves no file: not a partial one, and not a clobbered old one. */
class FailedExportTest {

    @TempDir
    Path dir;

    @Test
    void cancelledExportLeavesThePreviousFileAndNoPart() throws Exception {
        Path out = dir.resolve("segments.xlsx");
        Files.writeString(out, "the previous export");
        NullProgressMonitor monitor = new NullProgressMonitor() {
            int checks;

            @Override
            public boolean isCanceled() {
                return ++checks > 10; // cancel in the middle of the segment rows
            }
        };
        try (ProjectStore s = ExportFixture.sample(dir)) {
            assertThrows(OperationCanceledException.class, () -> Exporter.export(s, List.of(ExportKind.SEGMENTS),
                    Exporter.Format.XLSX, out, ExportFilter.ALL, ExportOptions.DEFAULT, monitor));
        }
        assertEquals("the previous export", Files.readString(out));
        assertTrue(XlsxExportTest.noPartialFiles(dir));
    }

    @Test
    void missingFolderIsReportedBeforeAnythingIsWritten() throws Exception {
        Path out = dir.resolve("no/such/folder/m.xlsx");
        try (ProjectStore s = ExportFixture.sample(dir)) {
            IOException e = assertThrows(IOException.class, () -> Exporter.export(s, List.of(ExportKind.MATRIX),
                    Exporter.Format.XLSX, out, ExportFilter.ALL, ExportOptions.DEFAULT, new NullProgressMonitor()));
            assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void targetThatIsAFolderIsRefused() throws Exception {
        Path out = dir.resolve("folder.csv");
        Files.createDirectory(out);
        try (ProjectStore s = ExportFixture.sample(dir)) {
            IOException e = assertThrows(IOException.class, () -> Exporter.export(s, List.of(ExportKind.CODEBOOK),
                    Exporter.Format.CSV, out, ExportFilter.ALL, ExportOptions.DEFAULT, new NullProgressMonitor()));
            assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        }
        assertTrue(XlsxExportTest.noPartialFiles(dir));
    }

    @Test
    void crosstabWithoutAttributeIsRefusedBeforeWriting() throws Exception {
        Path out = dir.resolve("x.xlsx");
        try (ProjectStore s = ExportFixture.sample(dir)) {
            assertThrows(IllegalArgumentException.class, () -> Exporter.export(s, List.of(ExportKind.ATTRIBUTES),
                    Exporter.Format.XLSX, out, ExportFilter.ALL, ExportOptions.DEFAULT, new NullProgressMonitor()));
        }
        assertFalse(Files.exists(out));
        assertTrue(XlsxExportTest.noPartialFiles(dir));
    }
}
