package tessera.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prepared statements of one connection, kept by their SQL so that a statement run again is not parsed again:
 * preparing was a fifth of the time of a bulk coding (SQLite parses every statement afresh). Closing a query's
 * result set resets its statement, so no read stays open. SQLite's driver leaves a write statement active until it
 * is run again: harmless to reads and commits, but VACUUM refuses to run beside it, so {@link #clear()} closes
 * them all first. A statement is lent
 * for one execution; while it is lent (a query run from inside another one's row mapper), the same SQL gets a
 * statement of its own that is closed after use. Only the most recently used statements are kept.
 */
final class Statements {

    /** Enough for every fixed statement of the store; SQL built from lists of ids does not push those out. */
    private static final int KEPT = 128;

    private final Connection connection;
    private final Map<String, PreparedStatement> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= KEPT || lent.contains(eldest.getValue())) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };
    private final java.util.Set<PreparedStatement> lent =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    Statements(Connection connection) {
        this.connection = connection;
    }

    /** A statement for {@code sql}, its parameters cleared; give it back with {@link #release}. */
    synchronized PreparedStatement borrow(String sql) throws SQLException {
        PreparedStatement ps = kept.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = connection.prepareStatement(sql);
            kept.put(sql, ps);
        } else if (lent.contains(ps)) {
            return connection.prepareStatement(sql); // nested use of the same SQL: a statement of its own
        } else {
            ps.clearParameters();
        }
        lent.add(ps);
        return ps;
    }

    /** Takes a statement back; one that was not kept is closed. */
    synchronized void release(PreparedStatement ps) {
        if (!lent.remove(ps)) {
            closeQuietly(ps);
        }
    }

    /** Closes every kept statement (SQLite's VACUUM runs only when no statement is active). */
    synchronized void clear() {
        kept.values().forEach(Statements::closeQuietly);
        kept.clear();
        lent.clear();
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException e) {
            // a statement that cannot close goes with its connection
        }
    }
}
