package tessera.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;

/** Identifies a project file's schema version and brings it forward, all steps in one transaction. */
final class Migrator {

    private Migrator() {
    }

    /** The project's schema version; refuses databases that are not Tessera projects or come from a newer Tessera. */
    static int checkProject(Connection c, String path, Dialect dialect, List<Schema.Migration> migrations)
            throws SQLException {
        dialect.checkOurs(c, path);
        if (!dialect.hasTable(c, "meta")) {
            throw dialect.notOurs(path);
        }
        int version;
        try (PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM meta WHERE meta_key = 'schema_version'");
                ResultSet rs = ps.executeQuery()) {
            version = rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
        }
        int supported = migrations.get(migrations.size() - 1).version();
        if (version > supported) {
            throw new StoreException(StoreException.Reason.NEWER_SCHEMA, NLS.bind(CoreMessages.newerSchema,
                    new Object[] {path, version, supported}));
        }
        if (version < 1) {
            throw new StoreException(StoreException.Reason.NOT_A_PROJECT, NLS.bind(CoreMessages.noSchemaVersion, path));
        }
        return version;
    }

    static void migrate(Connection c, String path, Dialect dialect, int from, List<Schema.Migration> migrations)
            throws SQLException {
        int to = migrations.get(migrations.size() - 1).version();
        if (from >= to) {
            return;
        }
        c.setAutoCommit(false);
        Schema.Migration current = null;
        try {
            for (Schema.Migration m : migrations) {
                if (m.version() > from) {
                    current = m;
                    m.run(c);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(from == 0
                    ? "INSERT INTO meta (meta_value, meta_key) VALUES (?, 'schema_version')"
                    : "UPDATE meta SET meta_value = ? WHERE meta_key = 'schema_version'")) {
                ps.setString(1, Integer.toString(to));
                ps.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                for (String sql : dialect.afterMigration(to)) {
                    s.execute(sql);
                }
                for (String sql : dialect.extras()) {
                    s.execute(sql);
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw new StoreException(StoreException.Reason.IO, NLS.bind(CoreMessages.upgradeFailed, new Object[] {path, to,
                    current == null ? CoreMessages.upgradeStart : NLS.bind(CoreMessages.upgradeStep, current.version(),
                            current.description()), e.getMessage()}), e);
        } finally {
            c.setAutoCommit(true);
        }
    }
}
