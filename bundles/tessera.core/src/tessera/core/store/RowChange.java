package tessera.core.store;

import java.util.Map;

/**
 * One row inserted, updated or deleted by an operation: {@code before} is null for an insert, {@code after}
 * null for a delete. Rows map column names (without id) to values.
 */
public record RowChange(Table table, long id, Map<String, Object> before, Map<String, Object> after) {

    public enum Kind { INSERT, UPDATE, DELETE }

    public Kind kind() {
        return before == null ? Kind.INSERT : after == null ? Kind.DELETE : Kind.UPDATE;
    }

    /** The change that undoes this one. */
    public RowChange inverse() {
        return new RowChange(table, id, after, before);
    }

    /** The row's value of a column after the change, or before it for a delete. */
    public Object value(String column) {
        return (after != null ? after : before).get(column);
    }
}
