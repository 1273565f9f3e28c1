package tessera.exchange.sheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each sheet as a CSV file (RFC 4180, UTF-8 with a byte-order mark so that Excel reads it as UTF-8).
 * One sheet goes to the given file; several go to files named after it and the sheet. Formula-like texts get a
 * leading apostrophe, which spreadsheet programs read as "this is text".
 */
public final class CsvWorkbookWriter implements WorkbookWriter {

    private final Path target;
    private final boolean severalSheets;
    private final List<AtomicFile> files = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Writer out;

    /**
     * @param severalSheets true when more than one sheet will be written, each to {@code <name>-<sheet>.csv}
     */
    public CsvWorkbookWriter(Path target, boolean severalSheets) {
        this.target = target;
        this.severalSheets = severalSheets;
    }

    @Override
    public void startSheet(String name, List<Column> columns) throws IOException {
        closeCurrent();
        Path path = target;
        if (severalSheets) {
            String base = target.getFileName().toString().replaceFirst("\\.csv$", "");
            path = target.resolveSibling(base + "-" + name.replaceAll("[^\\p{L}\\p{N}._ -]", "_") + ".csv");
        }
        AtomicFile file = new AtomicFile(path);
        files.add(file);
        out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file.temp()), StandardCharsets.UTF_8));
        out.write('\uFEFF');
        List<Cell> header = columns.stream().map(c -> Cell.text(c.header())).toList();
        row(header, 0);
    }

    @Override
    public void row(List<Cell> cells, int outlineLevel) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Cell c = cells.get(i);
            out.write(field(c == null || c.value() == null ? "" : c.value().toString(), c != null && c.value() instanceof Number));
        }
        out.write("\r\n");
    }

    static String field(String value, boolean number) {
        String v = !number && ExcelLimits.looksLikeFormula(value) ? "'" + value : value;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private void closeCurrent() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
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
        closeCurrent();
        List<Path> done = new ArrayList<>();
        for (AtomicFile f : files) {
            done.add(f.commit());
        }
        return done;
    }

    @Override
    public void close() {
        try {
            closeCurrent();
        } catch (IOException e) {
            // the files are discarded below
        }
        files.forEach(AtomicFile::discard);
    }
}
