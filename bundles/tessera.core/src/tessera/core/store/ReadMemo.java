package tessera.core.store;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Rows an open write transaction has read, by table and key, so that a bulk apply's operations (a thousand codings
 * of the same few documents and codes) look each up once per transaction. Sound because the transaction holds the
 * write lock, so only its own writes can change a row, and every write to a table forgets what was read from it.
 */
final class ReadMemo {

    private final Map<Table, Map<Object, Optional<?>>> read = new EnumMap<>(Table.class);

    @SuppressWarnings("unchecked")
    <T> Optional<T> get(Table table, Object key, Supplier<Optional<T>> reader) {
        Map<Object, Optional<?>> rows = read.computeIfAbsent(table, t -> new HashMap<>());
        Optional<?> row = rows.get(key);
        if (row == null) {
            row = reader.get();
            rows.put(key, row);
        }
        return (Optional<T>) row;
    }

    void forget(Table table) {
        Map<Object, Optional<?>> rows = read.get(table);
        if (rows != null) {
            rows.clear();
        }
    }
}
