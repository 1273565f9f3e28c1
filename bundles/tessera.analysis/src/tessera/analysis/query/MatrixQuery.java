package tessera.analysis.query;

import java.util.List;
import java.util.Set;

import tessera.analysis.internal.AnalysisMessages;
import tessera.exchange.matrix.Matrix;
import tessera.exchange.matrix.MatrixValue;

/**
 * A matrix coding query: each cell is the row's segments combined with the column's by an operator (AND unless
 * told otherwise), within the documents and by the coders both allow. A row or column without codes stands for
 * every coding it allows, so codes x attribute values counts each code's segments in each group of documents.
 * Cells are computed when first asked for.
 */
public final class MatrixQuery {

    private final QueryData data;
    private final List<AxisItem> rows;
    private final List<AxisItem> columns;
    private final Operator operator;
    private final Expr.Distance distance;
    private final Segments[][] cells;

    public MatrixQuery(QueryData data, List<AxisItem> rows, List<AxisItem> columns, Operator operator,
            Expr.Distance distance) {
        this.data = data;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.operator = operator;
        this.distance = distance;
        this.cells = new Segments[rows.size()][columns.size()];
    }

    public List<AxisItem> rows() {
        return rows;
    }

    public List<AxisItem> columns() {
        return columns;
    }

    public Segments cell(int row, int column) {
        if (cells[row][column] == null) {
            cells[row][column] = compute(rows.get(row), columns.get(column));
        }
        return cells[row][column];
    }

    /**
     * A cell's value: its segments (a passage several coders coded alike is one), the characters they cover, or the
     * documents they lie in.
     */
    public long value(int row, int column, MatrixValue value) {
        Segments s = cell(row, column);
        return switch (value) {
            case COUNT -> s.size();
            case CHARACTERS -> s.characters();
            case PRESENCE -> s.documents().size();
        };
    }

    private Segments compute(AxisItem r, AxisItem c) {
        Set<Long> docs = AxisItem.both(r.documentIds(), c.documentIds());
        Set<Long> coders = AxisItem.both(r.coderIds(), c.coderIds());
        if (r.codeIds() != null && c.codeIds() != null) {
            return Combine.of(operator, distance, data.codings(r.codeIds(), coders, docs),
                    data.codings(c.codeIds(), coders, docs), data::paragraphs);
        }
        Set<Long> codes = r.codeIds() != null ? r.codeIds() : c.codeIds() != null ? c.codeIds() : data.byCode.keySet();
        return data.codings(codes, coders, docs);
    }

    /** The whole matrix as numbers, for the sheet export and the view. */
    public Matrix toMatrix(String title, MatrixValue value) {
        long[][] out = new long[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                out[r][c] = value(r, c, value);
            }
        }
        // a code row that includes another row's code is not added into the totals twice
        List<Matrix.Row> labels = rows.stream().map(a -> new Matrix.Row(a.codeId(), a.label(),
                a.codeId() >= 0 ? data.codebook.path(a.codeId()) : a.label(), a.depth(), !hasSubrow(a))).toList();
        return new Matrix(title, valueName(value), labels, columns.stream().map(AxisItem::label).toList(), out);
    }

    /** What a cell of this value counts: segments (not codings: a passage coded alike by two coders is one). */
    public static String valueName(MatrixValue value) {
        return value == MatrixValue.COUNT ? AnalysisMessages.matrixSegments : value.label();
    }

    private boolean hasSubrow(AxisItem a) {
        return a.codeIds() != null && rows.stream().anyMatch(o -> o != a && o.codeIds() != null
                && a.codeIds().containsAll(o.codeIds()));
    }
}
