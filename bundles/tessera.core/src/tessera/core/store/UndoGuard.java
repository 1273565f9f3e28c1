package tessera.core.store;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;

/**
 * Keeps an undo from taking back more than its coder's own change: when another coder has changed the same rows
 * since, the undo is refused, naming who and when, rather than erasing their work.
 */
final class UndoGuard {

    /** Another coder's entry after the one being undone. */
    record Later(long seq, String coder, String at) {
    }

    private UndoGuard() {
    }

    /** Refuses when another coder's later entry touched one of the rows the undo would put back. */
    static void check(SqlReader log, long target, List<RowChange> changes, String coder) {
        Set<String> rows = new HashSet<>();
        changes.forEach(c -> rows.add(c.table() + ":" + c.id()));
        for (Later later : log.query("SELECT seq, coder, at, payload FROM change_log WHERE seq > ? AND coder <> ?"
                + " ORDER BY seq", rs -> {
                    for (RowChange c : RowCodec.fromPayload(rs.getString(4))) {
                        if (rows.contains(c.table() + ":" + c.id())) {
                            return new Later(rs.getLong(1), rs.getString(2), rs.getString(3));
                        }
                    }
                    return null;
                }, target, coder)) {
            if (later != null) {
                throw refused(later);
            }
        }
    }

    /** The newest change another coder made after the target, which an undo that fails may depend on. */
    static Optional<Later> latestOther(SqlReader log, long target, String coder) {
        return log.queryOne("SELECT seq, coder, at FROM change_log WHERE seq > ? AND coder <> ? ORDER BY seq DESC",
                rs -> new Later(rs.getLong(1), rs.getString(2), rs.getString(3)), target, coder);
    }

    static StoreException refused(Later later) {
        return new StoreException(StoreException.Reason.INVALID, NLS.bind(CoreMessages.undoRefused, later.coder(),
                later.at()));
    }
}
