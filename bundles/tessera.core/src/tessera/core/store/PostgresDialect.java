package tessera.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;

/**
 * PostgreSQL, a team's project on a server. Every write transaction first takes the project's advisory lock, so
 * writers take turns and the log's order is the commit order: no lost update, no duplicate id, no wrong
 * before-image. Triggers keep the log append-only and tell listening clients of each new entry.
 */
final class PostgresDialect implements Dialect {

    static final PostgresDialect INSTANCE = new PostgresDialect();

    /** The advisory lock's key: "Tess", as SQLite's application id. */
    static final long LOCK_KEY = Schema.APPLICATION_ID;

    /** The channel a new log entry is announced on, with its sequence number as the payload. */
    static final String CHANNEL = "tessera_change";

    @Override
    public void beginWrite(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
        }
    }

    @Override
    public List<String> extras() {
        return List.of(
                "CREATE OR REPLACE FUNCTION tessera_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS"
                        + " $$ BEGIN RAISE EXCEPTION 'the change log is append-only'; END $$",
                "DROP TRIGGER IF EXISTS change_log_no_change ON change_log",
                "CREATE TRIGGER change_log_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON change_log"
                        + " FOR EACH STATEMENT EXECUTE FUNCTION tessera_log_is_append_only()",
                "CREATE OR REPLACE FUNCTION tessera_log_notify() RETURNS trigger LANGUAGE plpgsql AS"
                        + " $$ BEGIN PERFORM pg_notify('" + CHANNEL + "', NEW.seq::text); RETURN NULL; END $$",
                "DROP TRIGGER IF EXISTS change_log_notify ON change_log",
                "CREATE TRIGGER change_log_notify AFTER INSERT ON change_log"
                        + " FOR EACH ROW EXECUTE FUNCTION tessera_log_notify()");
    }

    @Override
    public List<String> afterMigration(int version) {
        return List.of();
    }

    @Override
    public void checkOurs(Connection c, String where) {
        // a database carries no mark of its own: its tables say whose it is
    }

    @Override
    public StoreException notOurs(String where) {
        return new StoreException(StoreException.Reason.NOT_A_PROJECT, NLS.bind(CoreMessages.notATeamProject, where));
    }

    @Override
    public boolean hasTable(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_name = ?")) {
            ps.setString(1, table);
            return ps.executeQuery().next();
        }
    }

    @Override
    public boolean hasColumn(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            return ps.executeQuery().next();
        }
    }

    @Override
    public String integrityCheck(Connection c) {
        return "ok"; // the server keeps its own structures; the store's checks (foreign keys, CHECKs) are enforced
    }
}
