package tessera.exchange.review;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tessera.exchange.export.SegmentSheet;

/**
 * Reads the rows of a coded-segment review sheet sent back as XLSX or CSV: every sheet whose header has the
 * Coding ID, Decision and Comment columns, wherever they were moved, with rows in any order.
 */
public final class ReviewSheetReader {

    private ReviewSheetReader() {
    }

    public static List<ReviewRow> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return readXlsx(file);
        }
        if (name.endsWith(".csv")) {
            return readCsv(file);
        }
        throw new IOException(file + ": a review sheet is an .xlsx or .csv file");
    }

    private static List<ReviewRow> readXlsx(Path file) throws IOException {
        List<ReviewRow> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            for (Sheet sheet : workbook) {
                Row header = sheet.getRow(0);
                if (header == null) {
                    continue;
                }
                Map<String, Integer> at = new HashMap<>();
                header.forEach(c -> at.put(format.formatCellValue(c).strip(), c.getColumnIndex()));
                if (!at.containsKey(SegmentSheet.ID) || !at.containsKey(SegmentSheet.DECISION)) {
                    continue;
                }
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row == null) {
                        continue;
                    }
                    String id = text(format, row, at.get(SegmentSheet.ID));
                    if (!id.isEmpty()) {
                        rows.add(new ReviewRow(sheet.getSheetName() + " row " + (r + 1), id,
                                text(format, row, at.get(SegmentSheet.DECISION)), text(format, row, at.get(SegmentSheet.COMMENT))));
                    }
                }
            }
        } catch (InvalidFormatException | RuntimeException e) {
            throw new IOException(file + ": not a readable XLSX workbook (" + e.getMessage() + ")", e);
        }
        if (rows.isEmpty()) {
            throw new IOException(file + ": no sheet with the columns '" + SegmentSheet.ID + "' and '" + SegmentSheet.DECISION + "'");
        }
        return rows;
    }

    private static String text(DataFormatter format, Row row, Integer column) {
        if (column == null || row.getCell(column) == null) {
            return "";
        }
        return format.formatCellValue(row.getCell(column)).strip();
    }

    private static List<ReviewRow> readCsv(Path file) throws IOException {
        List<List<String>> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            records = Csv.parse(in);
        }
        if (records.isEmpty()) {
            throw new IOException(file + ": empty");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        int id = header.indexOf(SegmentSheet.ID);
        int decision = header.indexOf(SegmentSheet.DECISION);
        int comment = header.indexOf(SegmentSheet.COMMENT);
        if (id < 0 || decision < 0) {
            throw new IOException(file + ": the header has no '" + SegmentSheet.ID + "' and '" + SegmentSheet.DECISION + "' columns");
        }
        List<ReviewRow> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> rec = records.get(r);
            String guid = field(rec, id);
            if (!guid.isEmpty()) {
                rows.add(new ReviewRow("line " + (r + 1), guid, field(rec, decision), field(rec, comment)));
            }
        }
        return rows;
    }

    /** A field without the apostrophe that the CSV export puts before formula-like text. */
    private static String field(List<String> rec, int i) {
        if (i < 0 || i >= rec.size()) {
            return "";
        }
        String v = rec.get(i).strip();
        return v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0 ? v.substring(1) : v;
    }
}
