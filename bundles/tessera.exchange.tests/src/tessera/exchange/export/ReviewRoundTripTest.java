package tessera.exchange.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.model.CodingReview;
import tessera.core.ops.RemoveCoding;
import tessera.core.store.ProjectStore;
import tessera.exchange.review.ReviewImport;
import tessera.exchange.review.ReviewSheetReader;
import tessera.exchange.scope.ExportFilter;

/** Export a review sheet, fill it in as a reviewer would (sorted differently), import it back. */
class ReviewRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void decisionsComeBackOnTheirCodingsAsOneUndoableStep() throws Exception {
        Path sheet = dir.resolve("review.xlsx");
        try (ProjectStore s = ExportFixture.sample(dir)) {
            Exporter.export(s, List.of(ExportKind.SEGMENTS), Exporter.Format.XLSX, sheet, ExportFilter.ALL,
                    ExportOptions.DEFAULT, new NullProgressMonitor());
            // The reviewer sorts the rows backwards, fills in three and types a value outside the list once;
            // the spreadsheet program saves a workbook of its own.
            List<List<String>> rows = new ArrayList<>();
            org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(sheet))) {
                XSSFSheet segments = wb.getSheet("Coded segments");
                int width = segments.getRow(0).getLastCellNum();
                for (int r = 0; r <= segments.getLastRowNum(); r++) {
                    List<String> row = new ArrayList<>();
                    for (int c = 0; c < width; c++) {
                        row.add(segments.getRow(r).getCell(c) == null ? "" : format.formatCellValue(segments.getRow(r).getCell(c)));
                    }
                    rows.add(row);
                }
            }
            List<String> header = rows.remove(0);
            Collections.reverse(rows);
            int decision = header.indexOf("Decision");
            int comment = header.indexOf("Comment");
            rows.get(0).set(decision, "Accept");
            rows.get(1).set(decision, "reject");
            rows.get(1).set(comment, "too broad: split into two codings");
            rows.get(2).set(decision, "Maybe");
            rows.get(3).set(comment, "=check with Li Wei");
            List<String> guids = rows.stream().map(r -> r.get(0)).toList();
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                XSSFSheet out = wb.createSheet("Coded segments");
                rows.add(0, header);
                for (int r = 0; r < rows.size(); r++) {
                    XSSFRow row = out.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
                try (OutputStream o = Files.newOutputStream(sheet)) {
                    wb.write(o);
                }
            }
            // Meanwhile a coding is removed in the project: its row no longer matches.
            long removed = s.codingByGuid(guids.get(4)).orElseThrow().id();
            s.apply(new RemoveCoding(removed));
            s.codingByGuid(guids.get(4)).ifPresent(c -> {
                throw new AssertionError("still there");
            });
            segmentsRowWithGuid(sheet, guids.get(4));

            ReviewImport.Report report = ReviewImport.apply(s, ReviewSheetReader.read(sheet), "reviewer R", "review.xlsx");
            assertEquals(3, report.recorded());
            assertEquals(1, report.invalid().size());
            assertTrue(report.invalid().get(0).contains("'Maybe'"), report.invalid().get(0));
            assertEquals(1, report.unmatched().size(), "the removed coding's row no longer matches");

            Map<Long, CodingReview> reviews = new java.util.HashMap<>();
            s.reviews().forEach(r -> reviews.put(r.codingId(), r));
            CodingReview rejected = reviews.get(s.codingByGuid(guids.get(1)).orElseThrow().id());
            assertTrue(rejected != null, "reviews " + s.reviews() + " for " + guids.subList(0, 5) + " ids "
                    + guids.subList(0, 5).stream().map(g -> s.codingByGuid(g).map(c -> c.id()).orElse(-1L)).toList());
            assertEquals("Reject", rejected.decision());
            assertEquals("too broad: split into two codings", rejected.comment());
            assertEquals("reviewer R", rejected.reviewer());
            assertEquals("=check with Li Wei", reviews.get(s.codingByGuid(guids.get(3)).orElseThrow().id()).comment());

            ReviewImport.Report again = ReviewImport.apply(s, ReviewSheetReader.read(sheet), "reviewer R", "review.xlsx");
            assertEquals(0, again.recorded());
            assertEquals(guids.size() - 2, again.unchanged(), "all rows but the invalid and the unmatched one");

            s.undo();
            assertTrue(s.reviews().isEmpty(), "the import was one step of undo");
        }
    }

    @Test
    void csvSheetWithADecisionOnARemovedCodingReportsIt() throws Exception {
        Path csv = dir.resolve("review.csv");
        try (ProjectStore s = ExportFixture.sample(dir)) {
            Exporter.export(s, List.of(ExportKind.SEGMENTS), Exporter.Format.CSV, csv, ExportFilter.ALL,
                    ExportOptions.DEFAULT, new NullProgressMonitor());
            List<List<String>> records = tessera.exchange.review.CsvAccess.parse(Files.newBufferedReader(csv));
            String guid = records.get(1).get(0);
            List<String> first = new ArrayList<>(records.get(1));
            first.set(first.size() - 2, "Discuss");
            first.set(first.size() - 1, "see memo");
            records.set(1, first);
            StringBuilder b = new StringBuilder();
            for (List<String> rec : records) {
                b.append(String.join(",", rec.stream().map(f -> '"' + f.replace("\"", "\"\"") + '"').toList())).append("\r\n");
            }
            Files.writeString(csv, b, StandardCharsets.UTF_8);
            s.apply(new RemoveCoding(s.codingByGuid(guid).orElseThrow().id()));
            ReviewImport.Report report = ReviewImport.apply(s, ReviewSheetReader.read(csv), "R", "review.csv");
            assertEquals(0, report.recorded());
            assertEquals(1, report.unmatched().size());
            assertTrue(report.unmatched().get(0).startsWith("line 2: no coding with id " + guid), report.unmatched().get(0));
        }
    }

    @Test
    void aLongSheetIsMatchedAsAShortOneIs() throws Exception {
        // past ReviewImport.ROWS_READ_ONE_BY_ONE rows every coding is read once: the same matches, the same misses
        try (ProjectStore s = ExportFixture.sample(dir)) {
            List<tessera.exchange.review.ReviewRow> rows = new ArrayList<>();
            List<tessera.core.model.Coding> codings = s.codings(tessera.core.store.CodingFilter.ALL);
            for (tessera.core.model.Coding c : codings) {
                rows.add(new tessera.exchange.review.ReviewRow("line " + (rows.size() + 2), c.guid(), "accept",
                        "seen " + c.id()));
            }
            rows.add(new tessera.exchange.review.ReviewRow("line x", codings.get(0).guid().toUpperCase(
                    java.util.Locale.ROOT), "Reject", ""));
            while (rows.size() <= 600) {
                rows.add(new tessera.exchange.review.ReviewRow("line " + (rows.size() + 2),
                        java.util.UUID.randomUUID().toString(), "Reject", ""));
            }
            ReviewImport.Report report = ReviewImport.apply(s, rows, "R", "long.csv");
            assertEquals(codings.size(), report.recorded());
            assertEquals(rows.size() - codings.size(), report.unmatched().size());
            Map<Long, CodingReview> reviews = new java.util.HashMap<>();
            s.reviews().forEach(r -> reviews.put(r.codingId(), r));
            for (tessera.core.model.Coding c : codings) {
                assertEquals("Accept", reviews.get(c.id()).decision());
                assertEquals("seen " + c.id(), reviews.get(c.id()).comment());
            }
        }
    }

    private static void segmentsRowWithGuid(Path sheet, String guid) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(sheet))) {
            XSSFSheet s = wb.getSheet("Coded segments");
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                if (s.getRow(r).getCell(0).getStringCellValue().equals(guid)) {
                    return;
                }
            }
        }
        throw new AssertionError("the sheet should still list " + guid);
    }
}
