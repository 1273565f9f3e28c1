package tessera.exchange.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

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

    /**
     * Streams each worksheet's XML (POI's event model) rather than loading the workbook: a sheet of 200,000 coded
     * segments as cells takes gigabytes, its three wanted columns a few megabytes.
     */
    private static List<ReviewRow> readXlsx(Path file) throws IOException {
        List<ReviewRow> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
                            new ReviewSheetRows(sheets.getSheetName(), rows), new DataFormatter(), false));
                    xml.parse(new InputSource(sheet));
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new IOException(file + ": not a readable XLSX workbook (" + e.getMessage() + ")", e);
        }
        if (rows.isEmpty()) {
            throw new IOException(file + ": no sheet with the columns '" + SegmentSheet.ID + "' and '" + SegmentSheet.DECISION + "'");
        }
        return rows;
    }

    private static List<ReviewRow> readCsv(Path file) throws IOException {
        List<ReviewRow> rows = new ArrayList<>();
        int[] line = {0};
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Csv.forEach(in, new Csv.Records() {
                private int[] at;

                @Override
                public void accept(List<String> rec) throws IOException {
                    line[0]++;
                    if (at == null) {
                        List<String> header = rec.stream().map(String::strip).toList();
                        at = new int[] {header.indexOf(SegmentSheet.ID), header.indexOf(SegmentSheet.DECISION),
                                header.indexOf(SegmentSheet.COMMENT)};
                        if (at[0] < 0 || at[1] < 0) {
                            throw new IOException(file + ": the header has no '" + SegmentSheet.ID + "' and '"
                                    + SegmentSheet.DECISION + "' columns");
                        }
                        return;
                    }
                    String guid = field(rec, at[0]);
                    if (!guid.isEmpty()) {
                        rows.add(new ReviewRow("line " + line[0], guid, field(rec, at[1]), field(rec, at[2])));
                    }
                }
            });
        }
        if (line[0] == 0) {
            throw new IOException(file + ": empty");
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
