package tessera.core.store;

import java.util.EnumMap;
import java.util.Map;

/**
 * The next ids of the tables an open write transaction inserts into. Each counter row is read once, at the first
 * insert, and written back once, just before the commit: a bulk apply's thousand operations read and wrote it a
 * thousand times. Sound because the transaction holds the project's write lock. When an operation fails and is
 * rolled back to its savepoint, the ids it took are not handed out again: they are left as a gap.
 */
final class IdCounters {

    private final Map<Table, long[]> next = new EnumMap<>(Table.class);

    long next(Table table, SqlReader reader) {
        long[] counter = next.computeIfAbsent(table, t -> new long[] {reader.queryOne(
                "SELECT next_id FROM id_counter WHERE table_name = ?", rs -> rs.getLong(1), t.sqlName())
                .orElseThrow(() -> new IllegalStateException("no id counter for " + t.sqlName()))});
        return counter[0]++;
    }

    /** Writes back the counters moved since the last write; the store calls it before it commits. */
    void write(Tx tx) {
        next.forEach((table, counter) -> tx.execute("UPDATE id_counter SET next_id = ? WHERE table_name = ?",
                counter[0], table.sqlName()));
        next.clear();
    }
}
