package tessera.exchange.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.model.Coding;
import tessera.core.ops.CreateCode;
import tessera.core.ops.RenameDocument;
import tessera.core.store.ProjectStore;
import tessera.exchange.matrix.CodeDocumentMatrix;
import tessera.exchange.matrix.MatrixValue;
import tessera.exchange.scope.ExportFilter;
import tessera.exchange.scope.ExportScope;

/** Every workbook is opened again with XSSF and checked cell by cell where it matters. */
class XlsxExportTest {

    @TempDir
    Path dir;

    private static XSSFSheet sheet(XSSFWorkbook wb, String name) {
        XSSFSheet s = wb.getSheet(name);
        assertNotNull(s, "no sheet " + name + " in " + wb.getNumberOfSheets() + " sheets");
        return s;
    }

    private static int findRow(XSSFSheet sheet, int column, String text) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && row.getCell(column) != null && text.equals(row.getCell(column).toString())) {
                return r;
            }
        }
        throw new AssertionError("no row with " + text);
    }

    @Test
    void allSheetsWithHierarchyTotalsAndReviewColumns() throws Exception {
        Path out = dir.resolve("review.xlsx");
        try (ProjectStore s = ExportFixture.sample(dir)) {
            Exporter.Report report = Exporter.export(s, List.of(ExportKind.values()), Exporter.Format.XLSX, out,
                    ExportFilter.ALL, new ExportOptions(MatrixValue.COUNT, true, "country",
                            tessera.exchange.matrix.Cooccurrence.Mode.OVERLAP, 0), new NullProgressMonitor());
            assertEquals(List.of(out.toAbsolutePath()), report.files());
            try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
                XSSFSheet matrix = sheet(wb, "Codes x documents");
                assertEquals("Code (codings)", matrix.getRow(0).getCell(0).getStringCellValue());
                int local = findRow(matrix, 1, "Drivers/Local");
                assertEquals(1, matrix.getRow(local).getCell(0).getCellStyle().getIndention());
                assertEquals(1, matrix.getRow(local).getOutlineLevel());
                int total = matrix.getRow(0).getLastCellNum() - 1;
                assertEquals("Total", matrix.getRow(0).getCell(total).getStringCellValue());
                assertEquals(8.0, matrix.getRow(local).getCell(total).getNumericCellValue());
                int drivers = findRow(matrix, 1, "Drivers");
                assertEquals(18.0, matrix.getRow(drivers).getCell(total).getNumericCellValue(), "5 + 5 + 8 aggregated");
                int last = matrix.getLastRowNum();
                assertEquals("Total", matrix.getRow(last).getCell(0).getStringCellValue());
                assertEquals(45.0, matrix.getRow(last).getCell(total).getNumericCellValue(), "each coding once");
                assertEquals(1, matrix.getPaneInformation().getHorizontalSplitPosition());

                XSSFSheet byCountry = sheet(wb, "Codes x country");
                assertEquals("China", byCountry.getRow(0).getCell(2).getStringCellValue());

                XSSFSheet segments = sheet(wb, "Coded segments");
                assertEquals(46, segments.getPhysicalNumberOfRows());
                List<String> headers = new ArrayList<>();
                segments.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
                assertEquals(SegmentSheet.ID, headers.get(0));
                assertTrue(headers.containsAll(List.of("country", "city", "year", "Text", "Decision", "Comment")));
                int code = headers.indexOf("Code");
                XSSFCell codeCell = segments.getRow(1).getCell(code);
                assertEquals(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND,
                        codeCell.getCellStyle().getFillPattern());
                assertTrue(segments.getRow(1).getCell(headers.indexOf("Text")).getCellStyle().getWrapText());
                assertTrue(wb.getNames("_xlnm._FilterDatabase").stream()
                        .anyMatch(n -> n.getSheetIndex() == wb.getSheetIndex(segments)), "an autofilter on the header");
                List<? extends DataValidation> validations = segments.getDataValidations();
                assertEquals(1, validations.size());
                assertTrue(List.of(validations.get(0).getValidationConstraint().getExplicitListValues())
                        .containsAll(SegmentSheet.DECISIONS));
                String guid = segments.getRow(1).getCell(0).getStringCellValue();
                Coding coding = s.codingByGuid(guid).orElseThrow();
                String text = segments.getRow(1).getCell(headers.indexOf("Text")).getStringCellValue();
                assertEquals(coding.length(), text.codePointCount(0, text.length()));

                XSSFSheet codebook = sheet(wb, "Codebook");
                int roles = findRow(codebook, 0, "Roles");
                assertEquals("#808000", codebook.getRow(roles).getCell(3).getStringCellValue());
                assertEquals(-1, wb.getSheetIndex("Notes"), "nothing to note");
            }
        }
    }

    @Test
    void formulaLikeTextIsWrittenAsText() throws Exception {
        Path out = dir.resolve("injection.xlsx");
        try (ProjectStore s = ExportFixture.sample(dir)) {
            s.apply(new CreateCode(null, "=HYPERLINK(\"http://example.invalid\",\"x\")"));
            long doc = s.documents().get(0).id();
            s.apply(new RenameDocument(doc, "+cmd|' /C calc'!A0"));
            Exporter.export(s, List.of(ExportKind.CODEBOOK, ExportKind.MATRIX), Exporter.Format.XLSX, out,
                    ExportFilter.ALL, ExportOptions.DEFAULT, new NullProgressMonitor());
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            XSSFSheet codebook = sheet(wb, "Codebook");
            int r = findRow(codebook, 1, "=HYPERLINK(\"http://example.invalid\",\"x\")");
            XSSFCell cell = codebook.getRow(r).getCell(1);
            assertEquals(CellType.STRING, cell.getCellType());
            assertTrue(cell.getCellStyle().getQuotePrefixed());
            XSSFCell header = sheet(wb, "Codes x documents").getRow(0).getCell(2);
            assertEquals(CellType.STRING, header.getCellType());
            assertEquals("+cmd|' /C calc'!A0", header.getStringCellValue());
        }
    }

    @Test
    void longTextIsCutWithAMarkerAndANote() throws Exception {
        Path out = dir.resolve("long.xlsx");
        try (ProjectStore s = ExportFixture.sample(dir)) {
            String longText = "城市".repeat(20_000);
            long doc = s.apply(new tessera.core.ops.AddDocument("long", longText, "zh", "txt"))
                    .inserted(tessera.core.store.Table.DOCUMENT);
            long roles = s.codebook().byPath("Roles").orElseThrow().id();
            s.apply(new tessera.core.ops.AddCoding(doc, roles, 0, 40_000));
            Exporter.Report report = Exporter.export(s, List.of(ExportKind.SEGMENTS), Exporter.Format.XLSX, out,
                    ExportFilter.ALL, ExportOptions.DEFAULT, new NullProgressMonitor());
            assertEquals(1, report.notes().size(), report.notes().toString());
            assertTrue(report.notes().get(0).contains("40000 characters was cut to 32767"), report.notes().get(0));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            XSSFSheet segments = sheet(wb, "Coded segments");
            int text = 0;
            for (org.apache.poi.ss.usermodel.Cell c : segments.getRow(0)) {
                if (c.getStringCellValue().equals("Text")) {
                    text = c.getColumnIndex();
                }
            }
            int r = findRow(segments, 1, "long");
            String cut = segments.getRow(r).getCell(text).getStringCellValue();
            assertEquals(32_767, cut.length());
            assertTrue(cut.endsWith("[… cut: 40000 characters in all]"));
            assertTrue(sheet(wb, "Notes").getRow(1).getCell(0).getStringCellValue().contains("was cut"));
        }
    }

    @Test
    void rowsPastTheSheetLimitContinueOnANextSheet() throws Exception {
        Path out = dir.resolve("rows.xlsx");
        try (XlsxWorkbookWriterProbe w = new XlsxWorkbookWriterProbe(out, 4)) {
            w.writer.startSheet("Coded segments", List.of(tessera.exchange.sheet.Column.of("n", 5)));
            for (int i = 0; i < 7; i++) {
                w.writer.row(List.of(tessera.exchange.sheet.Cell.number(i)), 0);
            }
            w.writer.commit();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            assertEquals(4, sheet(wb, "Coded segments").getPhysicalNumberOfRows());
            assertEquals(4, sheet(wb, "Coded segments (2)").getPhysicalNumberOfRows());
            XSSFSheet third = sheet(wb, "Coded segments (3)");
            assertEquals(6.0, third.getRow(1).getCell(0).getNumericCellValue(), "7 rows: 3 + 3 + 1, headers repeated");
            assertTrue(sheet(wb, "Notes").getRow(1).getCell(0).getStringCellValue().contains("continues on"));
        }
    }

    @Test
    void moreDocumentsThanColumnsIsWrittenTransposed() throws Exception {
        Path out = dir.resolve("wide.xlsx");
        try (ProjectStore s = ExportFixture.sample(dir)) {
            tessera.exchange.matrix.Matrix narrow = CodeDocumentMatrix.of(ExportScope.of(s, ExportFilter.ALL),
                    MatrixValue.COUNT, false);
            int docs = 16_400;
            long[][] cells = new long[narrow.rows().size()][docs];
            List<String> names = new ArrayList<>();
            for (int d = 0; d < docs; d++) {
                names.add("doc" + d);
                cells[d % narrow.rows().size()][d] = d;
            }
            tessera.exchange.matrix.Matrix wide = new tessera.exchange.matrix.Matrix("wide", "codings", narrow.rows(),
                    names, cells);
            try (tessera.exchange.sheet.XlsxWorkbookWriter w = new tessera.exchange.sheet.XlsxWorkbookWriter(out)) {
                MatrixSheet.write(w, "Codes x documents", wide, new NullProgressMonitor());
                assertTrue(w.notes().get(0).contains("written transposed"));
                w.commit();
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            XSSFSheet m = sheet(wb, "Codes x documents");
            assertEquals(16_400, m.getLastRowNum(), "one row per document after the header");
            assertEquals("doc16399", m.getRow(16_400).getCell(0).getStringCellValue());
        }
    }

    /** Tests reach the package-private row-limit constructor through this helper in the writer's package. */
    static final class XlsxWorkbookWriterProbe implements AutoCloseable {
        final tessera.exchange.sheet.WorkbookWriter writer;

        XlsxWorkbookWriterProbe(Path out, int maxRows) throws Exception {
            writer = tessera.exchange.sheet.SheetTestAccess.xlsx(out, maxRows);
        }

        @Override
        public void close() {
            writer.close();
        }
    }

    static boolean noPartialFiles(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.noneMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }

}
