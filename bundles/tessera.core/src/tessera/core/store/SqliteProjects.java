package tessera.core.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.sqlite.SQLiteConfig;

import tessera.core.internal.CoreMessages;

/**
 * Makes and opens SQLite project files: the lock, the connection's settings, the schema's creation and upgrades.
 * {@link JdbcProjectStore} is then only the open project.
 */
final class SqliteProjects {

    private SqliteProjects() {
    }

    /** Creates a new project file; refuses to overwrite anything. */
    static JdbcProjectStore create(Path path, String name, String coder) {
        return create(path, name, coder, Schema.MIGRATIONS);
    }

    static JdbcProjectStore create(Path path, String name, String coder, List<Schema.Migration> migrations) {
        return create(path, coder, migrations, Filling.newProject(name));
    }

    /** Makes a project file with the given schema and fills it (a new project's meta rows, or a copy's rows). */
    static JdbcProjectStore create(Path path, String coder, List<Schema.Migration> migrations, Filling filling) {
        if (Files.exists(path)) {
            throw new StoreException(StoreException.Reason.ALREADY_EXISTS, NLS.bind(CoreMessages.alreadyExists, path));
        }
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, NLS.bind(CoreMessages.noFolder, dir));
        }
        ProjectLock lock = ProjectLock.exclusive(path);
        Connection c = null;
        try {
            c = connect(path);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
            }
            Migrator.migrate(c, path.toString(), SqliteDialect.INSTANCE, 0, migrations);
            c.setAutoCommit(false);
            filling.fill(c);
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            lock.close();
            lock = ProjectLock.shared(path);
            return made(path, lock, c, coder);
        } catch (SQLException | RuntimeException e) {
            JdbcProjectStore.closeQuietly(c);
            lock.close();
            try {
                Files.deleteIfExists(path);
            } catch (java.io.IOException ignored) {
                // the error below says what failed
            }
            throw e instanceof StoreException se ? se
                    : new StoreException(StoreException.Reason.IO, NLS.bind(CoreMessages.cannotCreate, path, e.getMessage()), e);
        }
    }

    static JdbcProjectStore open(Path path, String coder) {
        return open(path, coder, Schema.MIGRATIONS);
    }

    static JdbcProjectStore open(Path path, String coder, List<Schema.Migration> migrations) {
        ProjectFiles.checkOpenable(path);
        ProjectLock lock = ProjectLock.shared(path);
        Connection c = null;
        try {
            c = connect(path);
            int version = Migrator.checkProject(c, path.toString(), SqliteDialect.INSTANCE, migrations);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL"); // a no-op for every file Tessera made
            }
            if (version < migrations.get(migrations.size() - 1).version()) {
                // an upgrade changes tables under anyone reading them: only with the project open nowhere else
                lock.close();
                lock = ProjectLock.exclusive(path);
                Migrator.migrate(c, path.toString(), SqliteDialect.INSTANCE, version, migrations);
                lock.close();
                lock = ProjectLock.shared(path);
            }
            return made(path, lock, c, coder);
        } catch (SQLException | RuntimeException e) {
            JdbcProjectStore.closeQuietly(c);
            lock.close();
            throw e instanceof StoreException se ? se
                    : new StoreException(StoreException.Reason.IO, NLS.bind(CoreMessages.cannotOpen, path, e.getMessage()), e);
        }
    }

    private static Connection connect(Path path) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000); // another process's write transaction is waited for, not failed
        // a write transaction takes SQLite's write lock when it begins, so it reads the log knowing nobody else
        // writes until it commits (a deferred one could read a sequence number another process takes meanwhile)
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // ids are given by the store, never read back: without this the driver matches every statement against a
        // pattern and, after each insert, prepares and runs SELECT last_insert_rowid() (a twentieth of an import)
        config.setGetGeneratedKeys(false);
        Properties props = config.toProperties();
        return new org.sqlite.JDBC().connect("jdbc:sqlite:" + path.toAbsolutePath(), props);
    }

    private static JdbcProjectStore made(Path path, ProjectLock lock, Connection c, String coder)
            throws SQLException {
        JdbcProjectStore store = new JdbcProjectStore(path.toString(), path, lock, c, coder, SqliteDialect.INSTANCE);
        if (!SqliteDialect.INSTANCE.hasColumn(c, "change_log", "label")) {
            store.labelColumn = "NULL"; // a file of a schema before labels, opened with the migrations it had
        }
        store.loadUndoStacks();
        return store;
    }
}
