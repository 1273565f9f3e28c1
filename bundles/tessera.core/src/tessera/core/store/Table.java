package tessera.core.store;

import java.util.List;

/**
 * The tables whose rows operations change. Every change to them is captured as a {@link RowChange} in the
 * change log, which is what makes every operation undoable without operation-specific undo code.
 */
public enum Table {
    CODER("coder", col("guid", Type.TEXT), col("name", Type.TEXT)),
    DOCUMENT("document", col("guid", Type.TEXT), col("name", Type.TEXT), col("content_hash", Type.TEXT),
            col("language", Type.TEXT), col("source_format", Type.TEXT), col("imported_at", Type.TEXT),
            col("length_cp", Type.INT), col("original_name", Type.TEXT), col("original_hash", Type.TEXT),
            col("page_starts", Type.TEXT)),
    CODE("code", col("guid", Type.TEXT), col("parent_id", Type.LONG), col("name", Type.TEXT),
            col("colour", Type.TEXT), col("description", Type.TEXT), col("codable", Type.BOOL),
            col("sort_order", Type.INT)),
    CODING("coding", col("guid", Type.TEXT), col("document_id", Type.LONG), col("code_id", Type.LONG),
            col("coder_id", Type.LONG), col("start_cp", Type.INT), col("end_cp", Type.INT),
            col("created_at", Type.TEXT)),
    MEMO("memo", col("guid", Type.TEXT), col("document_id", Type.LONG), col("code_id", Type.LONG),
            col("coding_id", Type.LONG), col("coder_id", Type.LONG), col("text", Type.TEXT),
            col("created_at", Type.TEXT), col("modified_at", Type.TEXT)),
    ATTRIBUTE("attribute", col("guid", Type.TEXT), col("name", Type.TEXT), col("type", Type.TEXT),
            col("sort_order", Type.INT)),
    ATTRIBUTE_VALUE("attribute_value", col("document_id", Type.LONG), col("attribute_id", Type.LONG),
            col("value", Type.TEXT), col("guid", Type.TEXT)),
    REVIEW("coding_review", col("coding_id", Type.LONG), col("decision", Type.TEXT), col("comment", Type.TEXT),
            col("reviewer", Type.TEXT), col("reviewed_at", Type.TEXT), col("guid", Type.TEXT)),
    SET("item_set", col("guid", Type.TEXT), col("name", Type.TEXT), col("description", Type.TEXT)),
    SET_MEMBER("set_member", col("set_id", Type.LONG), col("document_id", Type.LONG), col("code_id", Type.LONG),
            col("guid", Type.TEXT));

    /** Column value types; values in a row map are Long, Integer, String or Boolean accordingly. */
    public enum Type { LONG, INT, TEXT, BOOL }

    public record Column(String name, Type type) {
    }

    private final String sqlName;
    private final List<Column> columns;

    Table(String sqlName, Column... columns) {
        this.sqlName = sqlName;
        this.columns = List.of(columns);
    }

    private static Column col(String name, Type type) {
        return new Column(name, type);
    }

    public String sqlName() {
        return sqlName;
    }

    /** The columns besides {@code id}, which every table has as its primary key. */
    public List<Column> columns() {
        return columns;
    }

    public Column column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(sqlName + " has no column " + name));
    }

    public static Table bySqlName(String name) {
        for (Table t : values()) {
            if (t.sqlName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown table " + name);
    }
}
