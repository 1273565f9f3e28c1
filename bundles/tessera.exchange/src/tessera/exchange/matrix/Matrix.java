package tessera.exchange.matrix;

import java.util.List;

/**
 * A table of numbers with labelled rows (codes, with their depth in the codebook) and columns; {@code totals}
 * adds a column of row totals and a row of column totals, summed over the rows that count (see {@link Row}).
 */
public record Matrix(String title, String valueName, List<Row> rows, List<String> columns, long[][] cells) {

    /**
     * A row of the matrix. {@code inTotal} is false for a parent row that aggregates its subcodes, whose
     * codings the subcode rows already count.
     */
    public record Row(long codeId, String label, String path, int depth, boolean inTotal) {
    }

    public long cell(int row, int column) {
        return cells[row][column];
    }

    public long rowTotal(int row) {
        long sum = 0;
        for (long v : cells[row]) {
            sum += v;
        }
        return sum;
    }

    public long columnTotal(int column) {
        long sum = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).inTotal()) {
                sum += cells[r][column];
            }
        }
        return sum;
    }
}
