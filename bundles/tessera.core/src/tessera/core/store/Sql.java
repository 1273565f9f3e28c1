package tessera.core.store;

import java.sql.SQLException;

/** Turns JDBC failures into store failures with a message a user can read. */
final class Sql {

    private Sql() {
    }

    static StoreException failure(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("SQLITE_FULL")) {
            return new StoreException(StoreException.Reason.IO, "the disk is full; nothing was changed", e);
        }
        if (message.contains("SQLITE_READONLY")) {
            return new StoreException(StoreException.Reason.READ_ONLY, "the project file cannot be written", e);
        }
        if (message.contains("SQLITE_CONSTRAINT")) {
            return new StoreException(StoreException.Reason.INVALID, "the change breaks a rule of the project: " + message, e);
        }
        return new StoreException(StoreException.Reason.IO, "database error: " + message, e);
    }
}
