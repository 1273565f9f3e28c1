package tessera.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;

/**
 * Makes and opens team projects on a PostgreSQL server. The server's administrator creates the database and the
 * logins; Tessera puts a project onto an empty database and opens it there. A schema upgrade takes the project's
 * session-level advisory lock, so two clients never upgrade at once.
 */
final class PostgresProjects {

    private PostgresProjects() {
    }

    /** Puts a new, empty project onto an empty database. */
    static JdbcProjectStore create(ServerAddress address, String name, String coder) {
        return create(address, coder, Filling.newProject(name));
    }

    /** Makes the schema on an empty database and fills it (a new project's meta rows, or a copy's every row). */
    static JdbcProjectStore create(ServerAddress address, String coder, Filling filling) {
        Connection c = connect(address);
        try {
            if (!empty(c)) {
                throw new StoreException(StoreException.Reason.ALREADY_EXISTS, NLS.bind(CoreMessages.databaseNotEmpty,
                        address));
            }
            lock(c);
            Migrator.migrate(c, address.toString(), PostgresDialect.INSTANCE, 0, Schema.MIGRATIONS);
            c.setAutoCommit(false);
            filling.fill(c);
            c.commit();
            c.setAutoCommit(true);
            unlock(c);
            return made(address, c, coder);
        } catch (SQLException | RuntimeException e) {
            JdbcProjectStore.closeQuietly(c);
            throw e instanceof StoreException se ? se : new StoreException(StoreException.Reason.IO,
                    NLS.bind(CoreMessages.cannotCreate, address, e.getMessage()), e);
        }
    }

    static JdbcProjectStore open(ServerAddress address, String coder) {
        Connection c = connect(address);
        try {
            int version = Migrator.checkProject(c, address.toString(), PostgresDialect.INSTANCE, Schema.MIGRATIONS);
            if (version < Schema.CURRENT) {
                lock(c);
                try {
                    // another client may have upgraded it while this one waited for the lock
                    int now = Migrator.checkProject(c, address.toString(), PostgresDialect.INSTANCE, Schema.MIGRATIONS);
                    Migrator.migrate(c, address.toString(), PostgresDialect.INSTANCE, now, Schema.MIGRATIONS);
                } finally {
                    unlock(c);
                }
            }
            return made(address, c, coder);
        } catch (SQLException | RuntimeException e) {
            JdbcProjectStore.closeQuietly(c);
            throw e instanceof StoreException se ? se : new StoreException(StoreException.Reason.IO,
                    NLS.bind(CoreMessages.cannotOpen, address, e.getMessage()), e);
        }
    }

    static Connection connect(ServerAddress address) {
        try {
            return new org.postgresql.Driver().connect(address.jdbcUrl(), address.properties());
        } catch (SQLException e) {
            throw ServerFailures.of(e, address);
        }
    }

    private static boolean empty(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM"
                + " information_schema.tables WHERE table_schema = current_schema()")) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    private static void lock(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + PostgresDialect.LOCK_KEY + ")");
        }
    }

    private static void unlock(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_unlock(" + PostgresDialect.LOCK_KEY + ")");
        }
    }

    private static JdbcProjectStore made(ServerAddress address, Connection c, String coder) throws SQLException {
        String guid;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT meta_value FROM meta WHERE meta_key = 'guid'")) {
            guid = rs.next() ? rs.getString(1).strip() : "unknown";
        }
        String who = coder;
        if (who == null) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_user")) {
                rs.next();
                who = rs.getString(1); // the coder is the login unless told otherwise
            }
        }
        JdbcProjectStore store = new JdbcProjectStore(address.toString(), localPlace(guid), () -> { }, c, who,
                PostgresDialect.INSTANCE);
        store.listenWith(address);
        store.loadUndoStacks();
        return store;
    }

    /** Where a server project's derived data (its search index) lives on this machine: the user's cache. */
    static Path localPlace(String guid) {
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"),
                ".cache");
        Path dir = base.resolve("tessera").resolve("servers");
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Reason.IO, NLS.bind(CoreMessages.cannotCreate, dir, e.getMessage()), e);
        }
        return dir.resolve(guid + ".tessera");
    }
}
