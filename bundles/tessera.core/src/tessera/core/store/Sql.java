package tessera.core.store;

import java.sql.SQLException;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;

/** Turns JDBC failures into store failures with a message a user can read. */
final class Sql {

    private Sql() {
    }

    static StoreException failure(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("SQLITE_FULL")) {
            return new StoreException(StoreException.Reason.IO, CoreMessages.diskFull, e);
        }
        if (message.contains("SQLITE_READONLY")) {
            return new StoreException(StoreException.Reason.READ_ONLY, CoreMessages.fileNotWritable, e);
        }
        if (ServerFailures.connectionLost(e)) {
            return new StoreException(StoreException.Reason.IO, NLS.bind(CoreMessages.connectionLost,
                    ServerFailures.firstLine(e)), e);
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (message.contains("SQLITE_CONSTRAINT") || state.startsWith("23")) {
            return new StoreException(StoreException.Reason.INVALID, NLS.bind(CoreMessages.breaksRule, message), e);
        }
        return new StoreException(StoreException.Reason.IO, NLS.bind(CoreMessages.databaseError, message), e);
    }
}
