package tessera.exchange.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One plain table to one file, XLSX or CSV by the file's extension (CSV otherwise), through the same writers as
 * every export: the CSV formula guard, Excel's limits and the all-or-nothing file are theirs.
 */
public final class SingleSheet {

    private SingleSheet() {
    }

    /** Writes the rows (texts and numbers) under the headers; returns what the reader must know. */
    public static List<String> write(Path file, String sheetName, List<String> headers, List<List<Object>> rows)
            throws IOException {
        boolean xlsx = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        try (WorkbookWriter writer = xlsx ? new XlsxWorkbookWriter(file) : new CsvWorkbookWriter(file, false)) {
            writer.startSheet(sheetName, headers.stream().map(h -> Column.of(h, Math.max(10, h.length() + 2))).toList());
            for (List<Object> row : rows) {
                List<Cell> cells = new ArrayList<>(row.size());
                for (Object v : row) {
                    cells.add(v instanceof Number n ? Cell.number(n.longValue()) : Cell.text(v == null ? "" : v.toString()));
                }
                writer.row(cells, 0);
            }
            List<String> notes = writer.notes();
            writer.commit();
            return notes;
        }
    }
}
