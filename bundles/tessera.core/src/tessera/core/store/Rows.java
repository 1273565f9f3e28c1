package tessera.core.store;

import java.util.Map;

import tessera.core.model.Coding;

/**
 * Decodes the row images of committed changes into model records, so that followers of the change log (the
 * editor, the search index) can update themselves from a change without reading the project again. Numbers may
 * arrive as any {@link Number}: in-process changes carry Java values, replayed ones come from the log's JSON.
 */
public final class Rows {

    private Rows() {
    }

    /** The coding a change leaves behind (or, for a delete, the one it removed). */
    public static Coding coding(RowChange change) {
        if (change.table() != Table.CODING) {
            throw new IllegalArgumentException("not a coding change: " + change.table());
        }
        Map<String, Object> row = change.after() != null ? change.after() : change.before();
        return new Coding(change.id(), (String) row.get("guid"), number(row, "document_id").longValue(),
                number(row, "code_id").longValue(), number(row, "coder_id").longValue(),
                number(row, "start_cp").intValue(), number(row, "end_cp").intValue(),
                SqlReader.instant((String) row.get("created_at")));
    }

    static Number number(Map<String, Object> row, String column) {
        Object v = row.get(column);
        if (v instanceof Number n) {
            return n;
        }
        if (v instanceof String s) {
            return new java.math.BigDecimal(s);
        }
        throw new IllegalArgumentException("column " + column + " holds " + v);
    }
}
