package tessera.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;

/**
 * The open transaction an operation runs in: reads see the operation's own writes, and every row it writes is
 * recorded as a {@link RowChange} for the change log. Operations change rows only through this class.
 */
public final class Tx extends SqlReader {

    private final List<RowChange> changes = new ArrayList<>();
    private final String coderName;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private final ReadMemo memo;
    private final IdCounters ids;

    /**
     * @param memo what earlier operations of the same transaction read (a bulk apply shares one)
     * @param ids the transaction's id counters (a bulk apply shares them too)
     */
    Tx(Connection connection, Statements statements, String coderName, ReadMemo memo, IdCounters ids) {
        super(connection, statements);
        this.coderName = coderName;
        this.memo = memo;
        this.ids = ids;
    }

    @Override
    public java.util.Optional<tessera.core.model.Document> document(long id) {
        return memo.get(Table.DOCUMENT, id, () -> super.document(id));
    }

    @Override
    public java.util.Optional<tessera.core.model.Code> code(long id) {
        return memo.get(Table.CODE, id, () -> super.code(id));
    }

    @Override
    public java.util.Optional<tessera.core.model.Coder> coderByName(String name) {
        return memo.get(Table.CODER, name, () -> super.coderByName(name));
    }

    /** The name of the coder this transaction's operations are recorded under. */
    public String coderNameOfSession() {
        return coderName;
    }

    public List<RowChange> changes() {
        return Collections.unmodifiableList(changes);
    }

    public Instant now() {
        return now;
    }

    public String nowText() {
        return now.toString();
    }

    public static String newGuid() {
        return TimeOrderedGuids.next().toString();
    }

    /** The id of the session's coder, or of the named coder; either is created when it does not exist yet. */
    public long coderId() {
        return coderId(coderName);
    }

    public long coderId(String name) {
        String n = name == null || name.isBlank() ? coderName : name.strip();
        return coderByName(n).map(c -> c.id()).orElseGet(() -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("guid", newGuid());
            row.put("name", n);
            return insert(Table.CODER, row);
        });
    }

    public java.util.Optional<Long> attributeValueId(long documentId, long attributeId) {
        return queryOne("SELECT id FROM attribute_value WHERE document_id = ? AND attribute_id = ?", rs -> rs.getLong(1),
                documentId, attributeId);
    }

    public java.util.Optional<Long> reviewId(long codingId) {
        return queryOne("SELECT id FROM coding_review WHERE coding_id = ?", rs -> rs.getLong(1), codingId);
    }

    /** The coding of exactly this range, code and coder, if there is one. */
    public java.util.Optional<Long> codingAt(long documentId, long codeId, long coderId, int start, int end) {
        return queryOne("SELECT id FROM coding WHERE document_id = ? AND start_cp = ? AND end_cp = ? AND code_id = ?"
                + " AND coder_id = ?", rs -> rs.getLong(1), documentId, start, end, codeId, coderId);
    }

    /**
     * Stores a text under its SHA-256 unless it is there already; texts are never changed nor removed. One statement
     * (SQLite and PostgreSQL both skip a hash already present), not a look-up and then an insert.
     */
    public String putText(String text) {
        String hash = sha256(text);
        execute("INSERT INTO text_content (hash, text, length_cp) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING", hash,
                text, text.codePointCount(0, text.length()));
        return hash;
    }

    /** Stores an original file's bytes under their SHA-256 unless they are there already; never changed nor removed. */
    public String putOriginal(byte[] content) {
        String hash = HexFormat.of().formatHex(SHA_256.get().digest(content));
        execute("INSERT INTO original_file (hash, content, size_bytes) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING",
                hash, content, (long) content.length);
        return hash;
    }

    /** The set memberships of a document ({@code document_id}) or a code ({@code code_id}). */
    public java.util.List<Long> setMembers(String column, long id) {
        if (!column.equals("document_id") && !column.equals("code_id")) {
            throw new IllegalArgumentException(column);
        }
        return query("SELECT id FROM set_member WHERE " + column + " = ? ORDER BY id", rs -> rs.getLong(1), id);
    }

    public static String sha256(String text) {
        return HexFormat.of().formatHex(SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** One digest a thread: looking the algorithm up among the security providers cost more than hashing 3 KB. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** Inserts a row with a fresh id and returns the id. */
    public long insert(Table table, Map<String, Object> row) {
        long id = nextId(table);
        insertWithId(table, id, row);
        return id;
    }

    public void update(Table table, long id, Map<String, Object> values) {
        Map<String, Object> before = readRow(table, id);
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.putAll(values);
        if (after.equals(before)) {
            return;
        }
        writeUpdate(table, id, after);
        changes.add(new RowChange(table, id, before, after));
    }

    public void delete(Table table, long id) {
        Map<String, Object> before = readRow(table, id);
        memo.forget(table);
        execute("DELETE FROM " + table.sqlName() + " WHERE id = ?", id);
        changes.add(new RowChange(table, id, before, null));
    }

    /** Applies a recorded change again (redo) or its inverse (undo), checking the row is as the change expects. */
    void replay(RowChange change) {
        switch (change.kind()) {
            case INSERT -> insertWithId(change.table(), change.id(), change.after());
            case UPDATE -> {
                Map<String, Object> now = expect(change, change.before());
                now.putAll(change.after()); // columns newer than the logged image keep their values
                writeUpdate(change.table(), change.id(), now);
                changes.add(change);
            }
            case DELETE -> {
                expect(change, change.before());
                memo.forget(change.table());
                execute("DELETE FROM " + change.table().sqlName() + " WHERE id = ?", change.id());
                changes.add(change);
            }
        }
    }

    /** The row as it is, checked against the logged image (on the columns the image has); returns it. */
    private Map<String, Object> expect(RowChange change, Map<String, Object> expected) {
        Map<String, Object> actual = readRow(change.table(), change.id());
        Map<String, Object> compared = new LinkedHashMap<>(actual);
        compared.keySet().retainAll(expected.keySet());
        if (!compared.equals(expected)) {
            throw new StoreException(StoreException.Reason.INVALID, NLS.bind(CoreMessages.changedOutside,
                    new Object[] {change.table().sqlName(), change.id(), expected, actual}));
        }
        return actual;
    }

    /** Each table's insert, made once: an import of thousands of small files inserts as many rows of each. */
    private static final Map<Table, String> INSERTS = new java.util.concurrent.ConcurrentHashMap<>();

    private void insertWithId(Table table, long id, Map<String, Object> row) {
        String sql = INSERTS.computeIfAbsent(table, t -> "INSERT INTO " + t.sqlName() + " (id, "
                + t.columns().stream().map(Table.Column::name).collect(Collectors.joining(", ")) + ") VALUES (?, "
                + t.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")");
        Map<String, Object> full = normalize(table, row);
        memo.forget(table);
        update(sql, ps -> {
            ps.setLong(1, id);
            bind(ps, 2, table, full);
        });
        changes.add(new RowChange(table, id, null, full));
    }

    private void writeUpdate(Table table, long id, Map<String, Object> after) {
        memo.forget(table);
        String sets = table.columns().stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", "));
        update("UPDATE " + table.sqlName() + " SET " + sets + " WHERE id = ?", ps -> {
            int next = bind(ps, 1, table, after);
            ps.setLong(next, id);
        });
    }

    /** The row as a map of every column but id, with values of the columns' Java types. */
    public Map<String, Object> readRow(Table table, long id) {
        String cols = table.columns().stream().map(Table.Column::name).collect(Collectors.joining(", "));
        return queryOne("SELECT " + cols + " FROM " + table.sqlName() + " WHERE id = ?", rs -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Table.Column c : table.columns()) {
                Object v = switch (c.type()) {
                    case LONG -> rs.getLong(c.name());
                    case INT -> rs.getInt(c.name());
                    case TEXT -> rs.getString(c.name());
                    case BOOL -> rs.getInt(c.name()) != 0;
                };
                row.put(c.name(), rs.wasNull() ? null : v);
            }
            return row;
        }, id).orElseThrow(() -> new StoreException(StoreException.Reason.NOT_FOUND,
                NLS.bind(CoreMessages.noRow, table.sqlName().replace('_', ' '), id)));
    }

    private static Map<String, Object> normalize(Table table, Map<String, Object> row) {
        Map<String, Object> full = new LinkedHashMap<>();
        for (Table.Column c : table.columns()) {
            full.put(c.name(), RowCodec.coerce(c.type(), row.get(c.name())));
        }
        if (full.containsKey("guid") && full.get("guid") == null) {
            full.put("guid", newGuid()); // every row crossing projects is named; a row logged before it had one gets one
        }
        for (String key : row.keySet()) {
            table.column(key); // rejects unknown columns
        }
        return full;
    }

    private static int bind(PreparedStatement ps, int first, Table table, Map<String, Object> row) throws SQLException {
        int i = first;
        for (Table.Column c : table.columns()) {
            Object v = row.get(c.name());
            switch (c.type()) {
                case LONG -> {
                    if (v == null) ps.setNull(i, Types.BIGINT); else ps.setLong(i, ((Number) v).longValue());
                }
                case INT -> {
                    if (v == null) ps.setNull(i, Types.INTEGER); else ps.setInt(i, ((Number) v).intValue());
                }
                case TEXT -> {
                    if (v == null) ps.setNull(i, Types.VARCHAR); else ps.setString(i, (String) v);
                }
                case BOOL -> {
                    if (v == null) ps.setNull(i, Types.SMALLINT); else ps.setInt(i, Objects.equals(v, Boolean.TRUE) ? 1 : 0);
                }
            }
            i++;
        }
        return i;
    }

    private long nextId(Table table) {
        return ids.next(table, this);
    }

    void execute(String sql, Object... params) {
        update(sql, ps -> {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
        });
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        PreparedStatement ps = null;
        try {
            ps = statements.borrow(sql);
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure(e);
        } finally {
            if (ps != null) {
                statements.release(ps);
            }
        }
    }
}
