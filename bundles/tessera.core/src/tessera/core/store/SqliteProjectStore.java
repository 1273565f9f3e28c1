package tessera.core.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.sqlite.SQLiteConfig;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

import tessera.core.model.ChangeLogEntry;

/**
 * A project in one SQLite file (WAL, foreign keys on, full sync). One connection serves reads and writes; its
 * monitor keeps other threads from reading while an operation's transaction is open.
 */
public final class SqliteProjectStore extends SqlReader implements ProjectStore {

    private final Path path;
    private final ProjectLock lock;
    private volatile String coder;
    private final Deque<Long> undoStack = new ArrayDeque<>();
    private final Deque<Long> redoStack = new ArrayDeque<>();
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final Gson gson = new Gson();
    private boolean closed;

    private SqliteProjectStore(Path path, ProjectLock lock, Connection connection, String coder) {
        super(connection);
        this.path = path;
        this.lock = lock;
        this.coder = coder;
    }

    /** Creates a new project file; refuses to overwrite anything. */
    public static SqliteProjectStore create(Path path, String name, String coder) {
        return create(path, name, coder, Schema.MIGRATIONS);
    }

    static SqliteProjectStore create(Path path, String name, String coder, List<Schema.Migration> migrations) {
        if (Files.exists(path)) {
            throw new StoreException(StoreException.Reason.ALREADY_EXISTS, path + " already exists; choose another name");
        }
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, dir + ": no such folder");
        }
        ProjectLock lock = ProjectLock.acquire(path);
        Connection c = null;
        try {
            c = connect(path);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
            }
            Migrator.migrate(c, path, 0, migrations);
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO meta (meta_key, meta_value) VALUES (?, ?)")) {
                for (String[] kv : new String[][] {{"name", name}, {"guid", Tx.newGuid()},
                        {"created", java.time.Instant.now().toString()}}) {
                    ps.setString(1, kv[0]);
                    ps.setString(2, kv[1]);
                    ps.executeUpdate();
                }
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return new SqliteProjectStore(path, lock, c, coder);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            lock.close();
            try {
                Files.deleteIfExists(path);
            } catch (java.io.IOException ignored) {
                // the error below says what failed
            }
            throw e instanceof StoreException se ? se
                    : new StoreException(StoreException.Reason.IO, path + ": cannot create the project: " + e.getMessage(), e);
        }
    }

    public static SqliteProjectStore open(Path path, String coder) {
        return open(path, coder, Schema.MIGRATIONS);
    }

    static SqliteProjectStore open(Path path, String coder, List<Schema.Migration> migrations) {
        ProjectFiles.checkOpenable(path);
        ProjectLock lock = ProjectLock.acquire(path);
        Connection c = null;
        try {
            c = connect(path);
            int version = Migrator.checkProject(c, path, migrations);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
            }
            Migrator.migrate(c, path, version, migrations);
            SqliteProjectStore store = new SqliteProjectStore(path, lock, c, coder);
            store.loadUndoStacks();
            return store;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            lock.close();
            throw e instanceof StoreException se ? se
                    : new StoreException(StoreException.Reason.IO, path + ": cannot open: " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path path) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5000);
        Properties props = config.toProperties();
        return new org.sqlite.JDBC().connect("jdbc:sqlite:" + path.toAbsolutePath(), props);
    }

    static boolean hasTable(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            return ps.executeQuery().next();
        }
    }

    private void loadUndoStacks() {
        query("SELECT seq, kind, target_seq FROM change_log ORDER BY seq", rs -> {
            replayStacks(rs.getLong(1), ChangeLogEntry.Kind.valueOf(rs.getString(2)), nullableLong(rs, "target_seq"));
            return null;
        });
    }

    /** The undo and redo stacks follow from the log alone: DO pushes, UNDO moves to redo, REDO moves back. */
    private void replayStacks(long seq, ChangeLogEntry.Kind kind, Long target) {
        switch (kind) {
            case DO -> {
                undoStack.push(seq);
                redoStack.clear();
            }
            case UNDO -> redoStack.push(undoStack.pop());
            case REDO -> undoStack.push(redoStack.pop());
        }
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public String coderName() {
        return coder;
    }

    @Override
    public void setCoderName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a coder needs a name");
        }
        coder = name.strip();
    }

    @Override
    public Applied apply(Operation operation) {
        var tree = gson.toJsonTree(operation.arguments());
        JsonObject args = tree.isJsonObject() ? tree.getAsJsonObject() : new JsonObject();
        return commit(ChangeLogEntry.Kind.DO, null, operation.type(), operation.describe(), args, operation::apply);
    }

    @Override
    public boolean canUndo() {
        synchronized (connection) {
            return !undoStack.isEmpty();
        }
    }

    @Override
    public boolean canRedo() {
        synchronized (connection) {
            return !redoStack.isEmpty();
        }
    }

    @Override
    public Optional<String> undoLabel() {
        synchronized (connection) {
            return undoStack.isEmpty() ? Optional.empty() : summaryOf(undoStack.peek());
        }
    }

    @Override
    public Optional<String> redoLabel() {
        synchronized (connection) {
            return redoStack.isEmpty() ? Optional.empty() : summaryOf(redoStack.peek());
        }
    }

    private Optional<String> summaryOf(long seq) {
        return queryOne("SELECT summary FROM change_log WHERE seq = ?", rs -> rs.getString(1), seq);
    }

    @Override
    public Optional<Applied> undo() {
        synchronized (connection) {
            if (undoStack.isEmpty()) {
                return Optional.empty();
            }
            long target = undoStack.peek();
            List<RowChange> original = changesOf(target);
            String[] op = operationOf(target);
            return Optional.of(commit(ChangeLogEntry.Kind.UNDO, target, op[0], op[1], new JsonObject(), tx -> {
                for (int i = original.size() - 1; i >= 0; i--) {
                    tx.replay(original.get(i).inverse());
                }
            }));
        }
    }

    @Override
    public Optional<Applied> redo() {
        synchronized (connection) {
            if (redoStack.isEmpty()) {
                return Optional.empty();
            }
            long target = redoStack.peek();
            List<RowChange> original = changesOf(target);
            String[] op = operationOf(target);
            return Optional.of(commit(ChangeLogEntry.Kind.REDO, target, op[0], op[1], new JsonObject(),
                    tx -> original.forEach(tx::replay)));
        }
    }

    private String[] operationOf(long seq) {
        return queryOne("SELECT operation, summary FROM change_log WHERE seq = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, seq).orElseThrow();
    }

    @Override
    public List<RowChange> changesOf(long seq) {
        return queryOne("SELECT payload FROM change_log WHERE seq = ?", rs -> rs.getString(1), seq)
                .map(RowCodec::fromPayload)
                .orElseThrow(() -> new StoreException(StoreException.Reason.NOT_FOUND, "no change-log entry " + seq));
    }

    /**
     * Runs the work and appends its log entry in one transaction. An operation that changes nothing leaves no
     * entry: {@link Applied#entry()} is then null.
     */
    private Applied commit(ChangeLogEntry.Kind kind, Long target, String operation, String summary, JsonObject args,
            Consumer<Tx> work) {
        Applied applied;
        synchronized (connection) {
            ensureOpen();
            String coder = this.coder; // one coder for the whole transaction, even if it is changed meanwhile
            Tx tx = new Tx(connection, coder);
            try {
                connection.setAutoCommit(false);
                work.accept(tx);
                if (tx.changes().isEmpty()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                    return new Applied(null, List.of());
                }
                long seq = lastSeq() + 1;
                JsonObject payload = new JsonObject();
                payload.add("args", args);
                payload.add("changes", RowCodec.toJson(tx.changes()));
                tx.execute("INSERT INTO change_log (seq, at, coder, kind, target_seq, operation, summary, payload)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", seq, tx.nowText(), coder, kind.name(), target, operation,
                        summary, payload.toString());
                connection.commit();
                connection.setAutoCommit(true);
                replayStacks(seq, kind, target);
                applied = new Applied(new ChangeLogEntry(seq, tx.now(), coder, kind, target, operation, summary),
                        tx.changes());
            } catch (SQLException | RuntimeException e) {
                rollback();
                throw e instanceof StoreException se ? se : e instanceof SQLException sql ? Sql.failure(sql)
                        : new StoreException(StoreException.Reason.INVALID, summary + " failed: " + e, e);
            }
        }
        notifyListeners(applied);
        return applied;
    }

    private void rollback() {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // the connection is unusable; the original failure is what the caller needs to see
        }
    }

    private void notifyListeners(Applied applied) {
        for (ChangeListener l : listeners) {
            try {
                l.changed(applied);
            } catch (RuntimeException e) {
                // A broken listener must not undo a committed change nor stop the others from hearing of it.
                System.err.println("tessera: a change listener failed: " + e);
            }
        }
    }

    @Override
    public void addListener(ChangeListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(ChangeListener listener) {
        listeners.remove(listener);
    }

    @Override
    public String integrityCheck() {
        return String.join("; ", query("PRAGMA integrity_check", rs -> rs.getString(1)));
    }

    @Override
    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        synchronized (connection) {
            ensureOpen();
            return super.query(sql, mapper, params);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException(StoreException.Reason.IO, path + " is closed");
        }
    }

    @Override
    public void close() {
        synchronized (connection) {
            if (closed) {
                return;
            }
            closed = true;
            closeQuietly(connection);
            lock.close();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing is best effort; SQLite's journal keeps the file consistent
            }
        }
    }
}
