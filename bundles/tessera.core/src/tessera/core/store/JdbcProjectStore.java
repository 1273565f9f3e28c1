package tessera.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import com.google.gson.Gson;

import tessera.core.internal.CoreMessages;
import tessera.core.model.ChangeLogEntry;
import tessera.core.model.Label;

/**
 * An open project: an SQLite file (WAL, foreign keys on, full sync) or a PostgreSQL database, the difference kept in
 * its {@link Dialect}. One connection serves reads and writes; its monitor keeps other threads from reading while an
 * operation's transaction is open. Other processes may have the project open (the workbench, command-line commands,
 * other coders): every write transaction first makes the writers take turns (SQLite's write lock, the server's
 * advisory lock), then reads what the others committed since, so that sequence numbers, the undo and redo stacks
 * and this store's listeners follow the one change log. {@link #refresh()} does the same between writes.
 */
public final class JdbcProjectStore extends SqlReader implements ProjectStore {

    private final String location;
    private final Path path;
    private final AutoCloseable lock;
    private final Dialect dialect;
    private volatile String coder;
    private final Deque<Long> undoStack = new ArrayDeque<>();
    private final Deque<Long> redoStack = new ArrayDeque<>();
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final Gson gson = new Gson();
    /** The newest change-log entry this store has taken into its stacks and told its listeners of. */
    private long knownSeq;
    private boolean closed;
    /** On a server: what waits for other clients' changes (see {@link #awaitChange(long)}). */
    private ChangeWaiter waiter;

    /**
     * @param location the project as people name it: the file, or the server address without its password
     * @param path a local file path: the project file, or for a server project a place in the user's cache beside
     *        which derived data (the search index) is kept
     * @param lock held while the project is open (the file's shared lock; nothing on a server)
     */
    JdbcProjectStore(String location, Path path, AutoCloseable lock, Connection connection, String coder,
            Dialect dialect) {
        super(connection, new Statements(connection));
        this.location = location;
        this.path = path;
        this.lock = lock;
        this.coder = coder;
        this.dialect = dialect;
    }

    /** Reads the undo and redo stacks from the log; the factory calls it once the store is made. */
    void loadUndoStacks() {
        restack(Long.MAX_VALUE);
    }

    /** Rebuilds the stacks from the log's entries up to {@code upTo}, the newest this store has taken in. */
    private void restack(long upTo) {
        undoStack.clear();
        redoStack.clear();
        // the newest entry, whoever made it, is what this store has seen; only the coder's own entries make the
        // stacks, so only they are read (a third of a three-coder team's log, none of a colleague's copy)
        long last = queryOne("SELECT coalesce(max(seq), -1) FROM change_log WHERE seq <= ?", rs -> rs.getLong(1),
                upTo).orElse(-1L);
        if (last >= 0) {
            knownSeq = last;
        }
        query("SELECT seq, kind, target_seq FROM change_log WHERE seq <= ? AND coder = ? ORDER BY seq", rs -> {
            replayStacks(rs.getLong(1), ChangeLogEntry.Kind.valueOf(rs.getString(2)), nullableLong(rs, "target_seq"),
                    coder);
            return null;
        }, upTo, coder);
    }

    /**
     * The entries other processes committed since this store last looked, taken into the undo and redo stacks.
     * Called with the connection's monitor held; inside a write transaction it is that transaction's first read.
     */
    private List<Applied> catchUp() {
        List<Applied> foreign = query("SELECT seq, at, coder, kind, target_seq, operation, summary, " + labelColumn
                + ", payload"
                + " FROM change_log WHERE seq > ? ORDER BY seq", rs -> new Applied(entry(rs),
                        RowCodec.fromPayload(rs.getString(9))), knownSeq);
        for (Applied a : foreign) {
            replayStacks(a.entry().seq(), a.entry().kind(), a.entry().targetSeq(), a.entry().coder());
            knownSeq = a.entry().seq();
        }
        return foreign;
    }

    @Override
    public int refresh() {
        List<Applied> foreign;
        synchronized (connection) {
            ensureOpen();
            foreign = catchUp();
        }
        foreign.forEach(this::notifyListeners);
        return foreign.size();
    }

    /**
     * The undo and redo stacks follow from the log alone: DO pushes, UNDO moves to redo, REDO moves back. They are
     * this coder's: undo takes back one's own last change, never another coder's.
     */
    private void replayStacks(long seq, ChangeLogEntry.Kind kind, Long target, String by) {
        if (!coder.equals(by)) {
            return;
        }
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
    public String location() {
        return location;
    }

    /** Lets the store wait for other clients' changes on its server. */
    void listenWith(ServerAddress address) {
        waiter = new ChangeWaiter(address);
    }

    @Override
    public boolean awaitChange(long millis) throws InterruptedException {
        ensureOpenNow();
        return waiter == null ? ProjectStore.super.awaitChange(millis) : waiter.await(millis);
    }

    private void ensureOpenNow() {
        synchronized (connection) {
            ensureOpen();
        }
    }

    /** Whether the project lives on a server rather than in a file. */
    boolean onServer() {
        return dialect instanceof PostgresDialect;
    }

    Connection connection() {
        return connection;
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
        synchronized (connection) {
            ensureOpen();
            restack(knownSeq); // the stacks are the coder's own
        }
    }

    @Override
    public Applied apply(Operation operation) {
        return commit(() -> planOf(operation)).orElseThrow();
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

    /** A logged change's label in the reader's language. */
    private Optional<String> summaryOf(long seq) {
        return queryOne("SELECT summary, " + labelColumn + " FROM change_log WHERE seq = ?",
                rs -> Label.render(rs.getString(2), rs.getString(1)), seq);
    }

    /** Undo and redo choose their entry inside the write transaction, after other processes' changes are in. */
    @Override
    public Optional<Applied> undo() {
        return commit(() -> {
            if (undoStack.isEmpty()) {
                return null;
            }
            long target = undoStack.peek();
            List<RowChange> original = changesOf(target);
            UndoGuard.check(this, target, original, coder);
            // read now: once a statement fails, a server's transaction answers nothing more
            var later = UndoGuard.latestOther(this, target, coder);
            Logged op = operationOf(target);
            return new Plan(ChangeLogEntry.Kind.UNDO, target, op.operation(), op.label(), null, tx -> {
                try {
                    for (int i = original.size() - 1; i >= 0; i--) {
                        tx.replay(original.get(i).inverse());
                    }
                } catch (StoreException e) {
                    // e.g. a code another coder has coded with since: their later work depends on this change
                    throw later.map(UndoGuard::refused).orElse(e);
                }
            });
        });
    }

    @Override
    public Optional<Applied> redo() {
        return commit(() -> {
            if (redoStack.isEmpty()) {
                return null;
            }
            long target = redoStack.peek();
            List<RowChange> original = changesOf(target);
            Logged op = operationOf(target);
            return new Plan(ChangeLogEntry.Kind.REDO, target, op.operation(), op.label(), null,
                    tx -> original.forEach(tx::replay));
        });
    }

    /** What a logged change was: its operation type and label (entries older than labels: their summary). */
    private record Logged(String operation, Label label) {
    }

    private Logged operationOf(long seq) {
        return queryOne("SELECT operation, summary, " + labelColumn + " FROM change_log WHERE seq = ?", rs -> {
            Label label = Label.fromJson(rs.getString(3));
            return new Logged(rs.getString(1), label != null ? label : Label.literal(rs.getString(2)));
        }, seq).orElseThrow();
    }

    @Override
    public List<RowChange> changesOf(long seq) {
        return queryOne("SELECT payload FROM change_log WHERE seq = ?", rs -> rs.getString(1), seq)
                .map(RowCodec::fromPayload)
                .orElseThrow(() -> new StoreException(StoreException.Reason.NOT_FOUND, NLS.bind(CoreMessages.noChange, seq)));
    }

    /**
     * What a transaction does and how its log entry reads: {@code args} is the operation's arguments object, written
     * into the entry as JSON (null for undo and redo, which log {@code {}}).
     */
    private record Plan(ChangeLogEntry.Kind kind, Long target, String operation, Label label, Object args,
            Consumer<Tx> work) {
    }

    /**
     * Begins a write transaction, takes in what other processes committed, then plans the work (empty when the
     * planner has nothing to do) and runs it with its log entry. An operation that changes nothing leaves no
     * entry: {@link Applied#entry()} is then null. Listeners hear of other processes' changes first, in order.
     */
    private Optional<Applied> commit(java.util.function.Supplier<Plan> planner) {
        Applied applied = null;
        List<Applied> foreign;
        synchronized (connection) {
            ensureOpen();
            String summary = null;
            try {
                connection.setAutoCommit(false);
                dialect.beginWrite(connection);
                foreign = catchUp();
                Plan plan = planner.get();
                if (plan != null) {
                    summary = plan.label().english();
                    applied = run(plan);
                } else {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            } catch (SQLException | RuntimeException e) {
                rollback();
                throw failure(e, summary);
            }
        }
        foreign.forEach(this::notifyListeners);
        if (applied != null && applied.entry() != null) {
            notifyListeners(applied);
        }
        return Optional.ofNullable(applied);
    }

    private static StoreException failure(Exception e, String summary) {
        return e instanceof StoreException se ? se : e instanceof SQLException sql ? Sql.failure(sql)
                : new StoreException(StoreException.Reason.INVALID, NLS.bind(CoreMessages.operationFailed, summary, e), e);
    }

    private Plan planOf(Operation operation) {
        return new Plan(ChangeLogEntry.Kind.DO, null, operation.type(), operation.label(), operation.arguments(),
                operation::apply);
    }

    @Override
    public List<Applied> applyEach(List<? extends Operation> operations, OperationFailures failed) {
        List<Applied> applied = new java.util.ArrayList<>();
        List<Applied> foreign = new java.util.ArrayList<>();
        synchronized (connection) {
            ensureOpen();
            String coder = this.coder;
            // A savepoint around each operation costs SQLite a copy of every page the operation writes again (it
            // made a plain JDBC import of small files 40 % slower), and most chunks have no operation that fails.
            // So a chunk runs without them first; at its first failure it is rolled back and run again with one
            // around each operation.
            if (!applyChunk(operations, failed, coder, false, applied, foreign)) {
                applied.clear();
                applyChunk(operations, failed, coder, true, applied, foreign);
            }
            for (Applied a : applied) {
                replayStacks(a.entry().seq(), a.entry().kind(), a.entry().targetSeq(), coder);
                knownSeq = a.entry().seq();
            }
        }
        foreign.forEach(this::notifyListeners);
        applied.forEach(this::notifyListeners);
        return applied;
    }

    /**
     * Applies and commits a chunk in one transaction, adding its entries to {@code applied} and those of other
     * writers found before it to {@code foreign}. With {@code savepoints}, a failed operation is rolled back alone
     * and handed to {@code failed}; without, the first one rolls the whole chunk back and this returns false.
     */
    private boolean applyChunk(List<? extends Operation> operations, OperationFailures failed, String coder,
            boolean savepoints, List<Applied> applied, List<Applied> foreign) {
        try {
            connection.setAutoCommit(false);
            dialect.beginWrite(connection);
            foreign.addAll(catchUp());
            long seq = lastSeq();
            ReadMemo memo = new ReadMemo();
            IdCounters ids = new IdCounters();
            Tx last = null;
            for (int i = 0; i < operations.size(); i++) {
                Plan plan = planOf(operations.get(i));
                Savepoint before = savepoints ? connection.setSavepoint() : null;
                try {
                    Tx tx = new Tx(connection, statements, coder, memo, ids);
                    last = tx;
                    plan.work().accept(tx);
                    if (!tx.changes().isEmpty()) {
                        applied.add(log(plan, tx, seq + 1, coder));
                        seq++;
                    }
                    if (before != null) {
                        connection.releaseSavepoint(before);
                    }
                } catch (RuntimeException e) {
                    if (before == null) {
                        rollback();
                        return false;
                    }
                    connection.rollback(before); // a dropped connection fails here, and so fails the whole chunk
                    memo = new ReadMemo(); // what the failed operation wrote and read is gone
                    failed.failed(i, failure(e, plan.label().english()));
                }
            }
            if (last != null) {
                ids.write(last);
            }
            connection.commit();
            connection.setAutoCommit(true);
            return true;
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw failure(e, null);
        }
    }

    private Applied run(Plan plan) throws SQLException {
        String coder = this.coder; // one coder for the whole transaction, even if it is changed meanwhile
        IdCounters ids = new IdCounters();
        Tx tx = new Tx(connection, statements, coder, new ReadMemo(), ids);
        plan.work().accept(tx);
        if (tx.changes().isEmpty()) {
            connection.rollback();
            connection.setAutoCommit(true);
            return new Applied(null, List.of());
        }
        Applied applied = log(plan, tx, lastSeq() + 1, coder);
        ids.write(tx);
        connection.commit();
        connection.setAutoCommit(true);
        replayStacks(applied.entry().seq(), plan.kind(), plan.target(), coder);
        knownSeq = applied.entry().seq();
        return applied;
    }

    /** Writes the change-log entry of the work {@code tx} did, inside its transaction. */
    private Applied log(Plan plan, Tx tx, long seq, String coder) {
        String payload = payload(plan.args(), tx.changes());
        boolean labelled = labelColumn.equals("label");
        tx.execute("INSERT INTO change_log (seq, at, coder, kind, target_seq, operation, summary, payload"
                + (labelled ? ", label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)" : ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                java.util.stream.Stream.of(seq, tx.nowText(), coder, plan.kind().name(), plan.target(),
                        plan.operation(), plan.label().english(), payload, plan.label().toJson())
                        .limit(labelled ? 9 : 8).toArray());
        return new Applied(new ChangeLogEntry(seq, tx.now(), coder, plan.kind(), plan.target(), plan.operation(),
                plan.label().localized()), tx.changes());
    }

    /**
     * The entry's payload, {"args": ..., "changes": [...]}, written as a stream: an operation of 200,000 rows (a
     * review sheet, a merge) made two JSON trees and their text at once, which a 512 MB heap could not hold.
     */
    private String payload(Object args, List<RowChange> changes) {
        java.io.StringWriter text = new java.io.StringWriter();
        try (com.google.gson.stream.JsonWriter w = new com.google.gson.stream.JsonWriter(text)) {
            w.beginObject().name("args");
            if (args instanceof Record || args instanceof Map) {
                gson.toJson(args, args.getClass(), w); // operations' arguments are records, or maps for a few
            } else {
                w.beginObject().endObject();
            }
            w.name("changes");
            RowCodec.write(w, changes);
            w.endObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
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
                System.getLogger("tessera.core").log(System.Logger.Level.WARNING, NLS.bind(CoreMessages.listenerFailed,
                        applied.entry() == null ? "?" : applied.entry().seq(), e), e);
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
    public void copyTo(Path destination) {
        Path target = destination.toAbsolutePath();
        if (java.nio.file.Files.exists(target)) {
            throw new StoreException(StoreException.Reason.ALREADY_EXISTS, NLS.bind(CoreMessages.alreadyExists, target));
        }
        Path dir = target.getParent();
        if (dir == null || !java.nio.file.Files.isDirectory(dir)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, NLS.bind(CoreMessages.noFolder, dir));
        }
        if (onServer()) {
            ProjectCopy.toFile(this, target);
            return;
        }
        // VACUUM INTO reads one snapshot and writes a compact file; beside the target, then moved, so that a failed
        // copy leaves no half file under the name
        Path part = dir.resolve("." + target.getFileName() + ".part");
        synchronized (connection) {
            ensureOpen();
            statements.clear();
            try (java.sql.PreparedStatement ps = connection.prepareStatement("VACUUM INTO ?")) {
                java.nio.file.Files.deleteIfExists(part);
                ps.setString(1, part.toString());
                ps.execute();
                java.nio.file.Files.move(part, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (SQLException e) {
                deleteQuietly(part);
                throw Sql.failure(e);
            } catch (java.io.IOException e) {
                deleteQuietly(part);
                throw new StoreException(StoreException.Reason.IO, NLS.bind(CoreMessages.cannotCreate, target,
                        e.getMessage()), e);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            // the error being reported says what failed
        }
    }

    @Override
    public String integrityCheck() {
        synchronized (connection) {
            ensureOpen();
            try {
                return dialect.integrityCheck(connection);
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        }
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
            throw new StoreException(StoreException.Reason.IO, NLS.bind(CoreMessages.closed, location));
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
            if (waiter != null) {
                waiter.close();
            }
            try {
                lock.close();
            } catch (Exception e) {
                // releasing the lock is best effort: the process's end releases it too
            }
        }
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing is best effort; SQLite's journal keeps the file consistent
            }
        }
    }
}
