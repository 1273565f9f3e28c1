package tessera.exchange.sheet;

import java.io.IOException;
import java.util.List;

/**
 * Writes sheets row by row to a spreadsheet (XLSX) or to CSV files. Nothing reaches its destination until
 * {@link #commit()}: a failed or abandoned export ({@link #close()} without commit) leaves no file behind.
 */
public interface WorkbookWriter extends AutoCloseable {

    void startSheet(String name, List<Column> columns) throws IOException;

    /** Writes a row; {@code outlineLevel} groups rows under the one above (the codebook hierarchy). */
    void row(List<Cell> cells, int outlineLevel) throws IOException;

    /** Something the reader must know about the export (a cut text, a sheet continued elsewhere). */
    void note(String text);

    List<String> notes();

    /** Finishes and moves the files into place; returns them. */
    List<java.nio.file.Path> commit() throws IOException;

    /** Discards everything not committed. */
    @Override
    void close();
}
