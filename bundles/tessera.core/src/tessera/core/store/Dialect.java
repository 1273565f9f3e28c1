package tessera.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What differs between the databases a project can live in, SQLite for one person and PostgreSQL for a team; the
 * schema, the operations and the change log are the same on both.
 */
interface Dialect {

    /** Runs first in every write transaction: on a shared server it makes the writers take turns. */
    void beginWrite(Connection c) throws SQLException;

    /** Statements run after every migration: the append-only log, and on a server its notifications. */
    List<String> extras();

    /** Statements run at the end of a migration to version {@code version} (SQLite also marks the file). */
    List<String> afterMigration(int version);

    /** Refuses a database another program made, where the database itself says whose it is (a file's mark). */
    void checkOurs(Connection c, String where);

    /** Why a database without Tessera's tables is refused, as this kind of database is named. */
    StoreException notOurs(String where);

    boolean hasTable(Connection c, String table) throws SQLException;

    boolean hasColumn(Connection c, String table, String column) throws SQLException;

    /** "ok", or what is wrong with the database's own structures. */
    String integrityCheck(Connection c) throws SQLException;
}
