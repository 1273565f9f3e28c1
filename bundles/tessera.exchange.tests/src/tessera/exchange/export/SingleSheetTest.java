package tessera.exchange.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.exchange.sheet.SingleSheet;

/** A plain table (word frequencies) goes through the export writers: formula guard, quoting, BOM, XLSX. */
class SingleSheetTest {

    @TempDir
    Path dir;

    static final List<String> HEADERS = List.of("word", "language", "count");
    static final List<List<Object>> ROWS = List.of(List.of("=HYPERLINK(\"x\")", "en", 3), List.of("城市, 外交", "zh", 12));

    @Test
    void csvGuardsFormulasQuotesAndStartsWithABom() throws Exception {
        Path file = dir.resolve("words.csv");
        SingleSheet.write(file, "Words", HEADERS, ROWS);
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals("\uFEFFword,language,count\r\n\"'=HYPERLINK(\"\"x\"\")\",en,3\r\n\"城市, 外交\",zh,12\r\n", csv);
        assertFalse(Files.exists(dir.resolve("words.csv.part")));
    }

    @Test
    void xlsxByItsExtension() throws Exception {
        Path file = dir.resolve("words.xlsx");
        SingleSheet.write(file, "Words", HEADERS, ROWS);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = book.getSheet("Words");
            assertEquals("=HYPERLINK(\"x\")", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(12, sheet.getRow(2).getCell(2).getNumericCellValue());
        }
    }

    /** A team reading exports on a shared drive can open them: the user's usual permissions, not a temp file's 0600. */
    @Test
    void exportsGetTheUsersNormalPermissionsOrThoseOfTheFileTheyReplace() throws Exception {
        Path probe = Files.createFile(dir.resolve("probe"));
        Path xlsx = dir.resolve("words.xlsx");
        SingleSheet.write(xlsx, "Words", HEADERS, ROWS);
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(xlsx));
        Path csv = dir.resolve("words.csv");
        SingleSheet.write(csv, "Words", HEADERS, ROWS);
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(csv));

        var shared = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(csv, shared);
        SingleSheet.write(csv, "Words", HEADERS, ROWS);
        assertEquals(shared, Files.getPosixFilePermissions(csv), "a replaced export keeps its permissions");
        try (var left = Files.list(dir)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no part file left");
        }
    }
}
