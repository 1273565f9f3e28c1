package tessera.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;

/**
 * SQLite, a project file: writers take turns through SQLite's own write lock (every transaction begins IMMEDIATE),
 * the file carries its schema version in user_version, and triggers keep the log append-only.
 */
final class SqliteDialect implements Dialect {

    static final SqliteDialect INSTANCE = new SqliteDialect();

    @Override
    public void beginWrite(Connection c) {
        // the connection begins every transaction IMMEDIATE: the write lock is taken already
    }

    @Override
    public List<String> extras() {
        return List.of(
                "CREATE TRIGGER IF NOT EXISTS change_log_no_update BEFORE UPDATE ON change_log"
                        + " BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END",
                "CREATE TRIGGER IF NOT EXISTS change_log_no_delete BEFORE DELETE ON change_log"
                        + " BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END");
    }

    @Override
    public List<String> afterMigration(int version) {
        return List.of("PRAGMA user_version = " + version);
    }

    @Override
    public void checkOurs(Connection c, String where) {
        int appId;
        try (PreparedStatement ps = c.prepareStatement("PRAGMA application_id"); ResultSet rs = ps.executeQuery()) {
            appId = rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.NOT_A_PROJECT,
                    NLS.bind(CoreMessages.sqliteCannotRead, where, e.getMessage()), e);
        }
        if (appId != Schema.APPLICATION_ID) {
            throw notOurs(where);
        }
    }

    @Override
    public StoreException notOurs(String where) {
        return new StoreException(StoreException.Reason.NOT_A_PROJECT, NLS.bind(CoreMessages.otherProgram, where));
    }

    @Override
    public boolean hasTable(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            return ps.executeQuery().next();
        }
    }

    @Override
    public boolean hasColumn(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pragma_table_info(?) WHERE name = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            return ps.executeQuery().next();
        }
    }

    @Override
    public String integrityCheck(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("PRAGMA integrity_check"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return String.join("; ", out);
    }
}
