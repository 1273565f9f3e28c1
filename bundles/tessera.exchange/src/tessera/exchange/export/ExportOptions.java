package tessera.exchange.export;

import tessera.exchange.matrix.Cooccurrence;
import tessera.exchange.matrix.MatrixValue;

/**
 * How matrices are computed: the value in a cell, whether parent codes aggregate their subcodes, the attribute of
 * the crosstab, and when two codings co-occur.
 */
public record ExportOptions(MatrixValue value, boolean aggregateParents, String attribute, Cooccurrence.Mode mode,
        int distance) {

    public static final ExportOptions DEFAULT = new ExportOptions(MatrixValue.COUNT, false, null,
            Cooccurrence.Mode.OVERLAP, 0);
}
