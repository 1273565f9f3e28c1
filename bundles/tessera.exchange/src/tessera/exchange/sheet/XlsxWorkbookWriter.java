package tessera.exchange.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.IndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import tessera.core.model.Colour;

/**
 * Streams sheets into an XLSX workbook with SXSSF, so memory stays bounded however many rows: header frozen and
 * filterable, drop-down lists, fills and indents, texts cut at Excel's cell limit with a marker, sheets continued
 * past Excel's row limit, formula-like texts kept as text. Notes go to a last sheet.
 */
public final class XlsxWorkbookWriter implements WorkbookWriter {

    private static final int WINDOW = 200;
    /** Cells kept in memory per sheet: a matrix with 10,000 documents keeps 20 rows, a review sheet 200. */
    private static final int WINDOW_CELLS = 200_000;

    private final AtomicFile file;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Map<StyleKey, CellStyle> styles = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<String> sheetNames = new HashSet<>();
    private SXSSFSheet sheet;
    private String baseName;
    private List<Column> columns;
    private int nextRow;
    private int part;
    private final int maxRows;
    private final CellStyle plain;

    public XlsxWorkbookWriter(Path target) throws IOException {
        this(target, ExcelLimits.MAX_ROWS);
    }

    /** For tests of the row limit: a sheet holds {@code maxRows} rows, header included. */
    XlsxWorkbookWriter(Path target, int maxRows) throws IOException {
        this.file = new AtomicFile(target);
        this.maxRows = maxRows;
        // Temporary sheet files stay uncompressed: gzip doubled the time of text-heavy sheets, for disk space
        // that is given back when the export ends.
        workbook.setCompressTempFiles(false);
        plain = workbook.getCellStyleAt(0);
    }

    @Override
    public void startSheet(String name, List<Column> columns) {
        if (columns.size() > ExcelLimits.MAX_COLUMNS) {
            throw new IllegalArgumentException(name + ": " + columns.size() + " columns, more than a sheet holds");
        }
        finishSheet();
        this.baseName = name;
        this.columns = columns;
        this.part = 1;
        newSheet(name);
    }

    private void newSheet(String name) {
        String n = ExcelLimits.sheetName(name);
        for (int i = 2; sheetNames.contains(n.toLowerCase()); i++) {
            String suffix = " " + i;
            n = ExcelLimits.sheetName(name.substring(0, Math.min(name.length(), ExcelLimits.MAX_SHEET_NAME - suffix.length())) + suffix);
        }
        sheetNames.add(n.toLowerCase());
        sheet = workbook.createSheet(n);
        sheet.setRandomAccessWindowSize(Math.max(10, Math.min(WINDOW, WINDOW_CELLS / Math.max(1, columns.size()))));
        sheet.createFreezePane(0, 1);
        SXSSFRow header = sheet.createRow(0);
        // One default width for the many like columns (a matrix's documents), explicit widths for the others:
        // thousands of column entries would make every unstyled cell's style look-up scan them all.
        int common = columns.stream().collect(java.util.stream.Collectors.groupingBy(Column::width,
                java.util.stream.Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(10);
        sheet.setDefaultColumnWidth(width(common));
        for (int c = 0; c < columns.size(); c++) {
            SXSSFCell cell = header.createCell(c);
            String text = columns.get(c).header();
            cell.setCellValue(text);
            cell.setCellStyle(style(null, 0, true, false, ExcelLimits.looksLikeFormula(text)));
            if (columns.get(c).width() != common) {
                sheet.setColumnWidth(c, width(columns.get(c).width()) * 256);
            }
        }
        nextRow = 1;
    }

    @Override
    public void row(List<Cell> cells, int outlineLevel) {
        if (nextRow >= maxRows) {
            finishSheet();
            part++;
            String continued = baseName + " (" + part + ")";
            newSheet(continued);
            note("'" + baseName + "' has more rows than a sheet holds; it continues on '" + sheet.getSheetName() + "'");
        }
        SXSSFRow row = sheet.createRow(nextRow);
        for (int c = 0; c < cells.size(); c++) {
            Cell value = cells.get(c);
            if (value == null || value.value() == null) {
                continue;
            }
            SXSSFCell cell = row.createCell(c);
            boolean quote = false;
            if (value.value() instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                String text = value.value().toString();
                String cut = ExcelLimits.cut(text);
                if (cut != null) {
                    note("Sheet '" + sheet.getSheetName() + "', row " + (nextRow + 1) + ", column '" + columns.get(c).header()
                            + "': a text of " + text.length() + " characters was cut to " + ExcelLimits.MAX_CELL_TEXT);
                    text = cut;
                }
                quote = ExcelLimits.looksLikeFormula(text);
                cell.setCellValue(text);
            }
            if (quote || value.fill() != null || value.indent() > 0 || value.bold() || value.wrap()) {
                cell.setCellStyle(style(value.fill(), value.indent(), value.bold(), value.wrap(), quote));
            } else {
                // Most cells of a matrix are plain numbers: the shared default style, found without a look-up.
                cell.setCellStyle(plain);
            }
        }
        if (outlineLevel > 0) {
            sheet.setRowOutlineLevel(nextRow, Math.min(7, outlineLevel));
        }
        nextRow++;
    }

    private static int width(int characters) {
        return Math.min(255, Math.max(4, characters));
    }

    private record StyleKey(String fill, int indent, boolean bold, boolean wrap, boolean quote) {
    }

    private CellStyle style(String fill, int indent, boolean bold, boolean wrap, boolean quote) {
        return styles.computeIfAbsent(new StyleKey(fill, indent, bold, wrap, quote), k -> {
            XSSFCellStyle s = (XSSFCellStyle) workbook.createCellStyle();
            if (fill != null) {
                Colour c = Colour.of(fill);
                s.setFillForegroundColor(new XSSFColor(new byte[] {(byte) c.red(), (byte) c.green(), (byte) c.blue()},
                        (IndexedColorMap) null));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            s.setIndention((short) Math.min(15, indent));
            if (bold) {
                Font f = workbook.createFont();
                f.setBold(true);
                s.setFont(f);
            }
            s.setWrapText(wrap);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setQuotePrefixed(quote);
            return s;
        });
    }

    private void finishSheet() {
        if (sheet == null) {
            return;
        }
        int last = Math.max(1, nextRow - 1);
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, columns.size() - 1));
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            List<String> choices = columns.get(c).choices();
            if (!choices.isEmpty() && nextRow > 1) {
                DataValidation v = helper.createValidation(helper.createExplicitListConstraint(choices.toArray(String[]::new)),
                        new CellRangeAddressList(1, nextRow - 1, c, c));
                v.setShowErrorBox(true);
                v.setSuppressDropDownArrow(true);
                sheet.addValidationData(v);
            }
        }
        sheet = null;
    }

    @Override
    public void note(String text) {
        notes.add(text);
    }

    @Override
    public List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public List<Path> commit() throws IOException {
        finishSheet();
        if (!notes.isEmpty()) {
            List<String> all = List.copyOf(notes);
            startSheet("Notes", List.of(Column.of("Note", 120)));
            for (String n : all) {
                row(List.of(Cell.wrapped(n)), 0);
            }
            finishSheet();
        }
        try (OutputStream out = Files.newOutputStream(file.temp())) {
            workbook.write(out);
        }
        workbook.close();
        return List.of(file.commit());
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // temporary files of a workbook that was not written: nothing to keep
        }
        file.discard();
    }
}
