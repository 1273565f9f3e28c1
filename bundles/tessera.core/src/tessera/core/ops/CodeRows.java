package tessera.core.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import tessera.core.model.Codebook;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/** The one place a code's row is written, for creating, importing and merging codes alike. */
public final class CodeRows {

    private CodeRows() {
    }

    /** Inserts a code row as given (checks are the caller's); returns its id. */
    public static long insert(Tx tx, String guid, Long parent, String name, String colour, String description,
            boolean codable, int order) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("guid", guid);
        row.put("parent_id", parent);
        row.put("name", name);
        row.put("colour", colour);
        row.put("description", description);
        row.put("codable", codable);
        row.put("sort_order", order);
        return tx.insert(Table.CODE, row);
    }

    /** The place after the last child of a parent (or of the top level, for null). */
    public static int nextOrder(Codebook book, Long parent) {
        return (parent == null ? book.roots() : book.children(parent)).stream().mapToInt(c -> c.order() + 1).max()
                .orElse(0);
    }
}
