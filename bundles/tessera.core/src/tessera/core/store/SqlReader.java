package tessera.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Attribute;
import tessera.core.model.AttributeType;
import tessera.core.model.AttributeValue;
import tessera.core.model.ChangeLogEntry;
import tessera.core.model.Code;
import tessera.core.model.Coder;
import tessera.core.model.Coding;
import tessera.core.model.CodingRange;
import tessera.core.model.CodingReview;
import tessera.core.model.Document;
import tessera.core.model.ItemSet;
import tessera.core.model.Memo;
import tessera.core.model.MemoTarget;
import tessera.core.model.OriginalFile;

/** {@link ProjectReader} over one JDBC connection, in plain SQL that SQLite and PostgreSQL both accept. */
class SqlReader implements ProjectReader {

    private static final String DOCUMENT_COLUMNS =
            "id, guid, name, content_hash, language, source_format, length_cp, imported_at, original_name,"
                    + " original_hash, page_starts FROM document";
    private static final String CODE_COLUMNS =
            "id, guid, parent_id, name, colour, description, codable, sort_order FROM code";
    private static final String CODING_COLUMNS =
            "id, guid, document_id, code_id, coder_id, start_cp, end_cp, created_at FROM coding";
    private static final String MEMO_COLUMNS =
            "id, guid, document_id, code_id, coding_id, coder_id, text, created_at, modified_at FROM memo";

    protected final Connection connection;
    /**
     * The change log's label column, or NULL for a file of a schema before labels (a store opened with older
     * migrations, as the migration tests do).
     */
    String labelColumn = "label";

    /** The connection's prepared statements, shared by the store and its transactions. */
    final Statements statements;

    SqlReader(Connection connection, Statements statements) {
        this.connection = connection;
        this.statements = statements;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        PreparedStatement ps = null;
        try {
            ps = statements.borrow(sql);
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            // closing the result set resets the statement: no read stays open between queries
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        } finally {
            if (ps != null) {
                statements.release(ps);
            }
        }
    }

    <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static Instant instant(String text) {
        return text == null ? null : Timestamps.parse(text);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Document document(ResultSet rs) throws SQLException {
        return new Document(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), instant(rs.getString(8)), rs.getString(9), rs.getString(10),
                Document.decodePages(rs.getString(11)));
    }

    private static Code code(ResultSet rs) throws SQLException {
        return new Code(rs.getLong(1), rs.getString(2), nullableLong(rs, "parent_id"), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getInt(7) != 0, rs.getInt(8));
    }

    private static Coding coding(ResultSet rs) throws SQLException {
        return new Coding(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                rs.getInt(6), rs.getInt(7), instant(rs.getString(8)));
    }

    private static Memo memo(ResultSet rs) throws SQLException {
        Long doc = nullableLong(rs, "document_id");
        Long code = nullableLong(rs, "code_id");
        Long coding = nullableLong(rs, "coding_id");
        MemoTarget target = doc != null ? MemoTarget.document(doc)
                : code != null ? MemoTarget.code(code)
                : coding != null ? MemoTarget.coding(coding) : MemoTarget.PROJECT;
        return new Memo(rs.getLong(1), rs.getString(2), target, rs.getLong(6), rs.getString(7),
                instant(rs.getString(8)), instant(rs.getString(9)));
    }

    private static Attribute attribute(ResultSet rs) throws SQLException {
        return new Attribute(rs.getLong(1), rs.getString(2), rs.getString(3), AttributeType.valueOf(rs.getString(4)),
                rs.getInt(5));
    }

    @Override
    public String projectName() {
        return queryOne("SELECT meta_value FROM meta WHERE meta_key = ?", rs -> rs.getString(1), "name").orElse("");
    }

    @Override
    public List<Document> documents() {
        return query("SELECT " + DOCUMENT_COLUMNS + " ORDER BY name, id", SqlReader::document);
    }

    @Override
    public Optional<Document> document(long id) {
        return queryOne("SELECT " + DOCUMENT_COLUMNS + " WHERE id = ?", SqlReader::document, id);
    }

    @Override
    public Optional<Document> documentByName(String name) {
        return queryOne("SELECT " + DOCUMENT_COLUMNS + " WHERE name = ?", SqlReader::document, name);
    }

    @Override
    public String text(long documentId) {
        return queryOne("SELECT t.text FROM document d JOIN text_content t ON t.hash = d.content_hash WHERE d.id = ?",
                rs -> rs.getString(1), documentId)
                .orElseThrow(() -> new StoreException(StoreException.Reason.NOT_FOUND,
                        NLS.bind(CoreMessages.noDocument, documentId)));
    }

    @Override
    public Optional<OriginalFile> original(long documentId) {
        return queryOne("SELECT d.original_name, o.content FROM document d JOIN original_file o"
                + " ON o.hash = d.original_hash WHERE d.id = ?", rs -> new OriginalFile(rs.getString(1), rs.getBytes(2)),
                documentId);
    }

    @Override
    public List<ItemSet> sets() {
        Map<Long, List<Long>> documents = new HashMap<>();
        Map<Long, List<Long>> codes = new HashMap<>();
        query("SELECT set_id, document_id, code_id FROM set_member ORDER BY id", rs -> {
            Long doc = nullableLong(rs, "document_id");
            Long code = nullableLong(rs, "code_id");
            if (doc != null) {
                documents.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(doc);
            } else {
                codes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(code);
            }
            return null;
        });
        return query("SELECT id, guid, name, description FROM item_set ORDER BY name, id",
                rs -> new ItemSet(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        documents.getOrDefault(rs.getLong(1), List.of()), codes.getOrDefault(rs.getLong(1), List.of())));
    }

    @Override
    public List<Code> codes() {
        return query("SELECT " + CODE_COLUMNS + " ORDER BY sort_order, id", SqlReader::code);
    }

    @Override
    public Optional<Code> code(long id) {
        return queryOne("SELECT " + CODE_COLUMNS + " WHERE id = ?", SqlReader::code, id);
    }

    @Override
    public List<Coding> codings(CodingFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        if (where == null) {
            return List.of();
        }
        return query("SELECT " + CODING_COLUMNS + where + " ORDER BY document_id, start_cp, end_cp, id",
                SqlReader::coding, params.toArray());
    }

    /** The WHERE clause of a coding filter, its values added to params; null when it selects nothing. */
    private static String where(CodingFilter filter, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (filter.documentId() != null) {
            sql.append(" AND document_id = ?");
            params.add(filter.documentId());
        }
        if (filter.coderId() != null) {
            sql.append(" AND coder_id = ?");
            params.add(filter.coderId());
        }
        if (filter.codeIds() != null) {
            if (filter.codeIds().isEmpty()) {
                return null;
            }
            StringJoiner in = new StringJoiner(", ", " AND code_id IN (", ")");
            filter.codeIds().forEach(id -> {
                in.add("?");
                params.add(id);
            });
            sql.append(in);
        }
        return sql.toString();
    }

    @Override
    public List<CodingRange> codingRanges(CodingFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        if (where == null) {
            return List.of();
        }
        return query("SELECT document_id, code_id, coder_id, start_cp, end_cp FROM coding" + where,
                rs -> new CodingRange(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5)),
                params.toArray());
    }

    @Override
    public Optional<Coding> coding(long id) {
        return queryOne("SELECT " + CODING_COLUMNS + " WHERE id = ?", SqlReader::coding, id);
    }

    @Override
    public Optional<Coding> codingByGuid(String guid) {
        return queryOne("SELECT " + CODING_COLUMNS + " WHERE guid = ?", SqlReader::coding, guid);
    }

    @Override
    public List<CodingReview> reviews() {
        return query("SELECT id, coding_id, decision, comment, reviewer, reviewed_at FROM coding_review ORDER BY coding_id",
                rs -> new CodingReview(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        instant(rs.getString(6))));
    }

    @Override
    public Map<Long, Integer> codingCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        query("SELECT code_id, COUNT(*) FROM coding GROUP BY code_id", rs -> counts.put(rs.getLong(1), rs.getInt(2)));
        return counts;
    }

    @Override
    public Map<Long, Integer> codingCountsByDocument() {
        Map<Long, Integer> counts = new HashMap<>();
        query("SELECT document_id, COUNT(*) FROM coding GROUP BY document_id",
                rs -> counts.put(rs.getLong(1), rs.getInt(2)));
        return counts;
    }

    @Override
    public Map<Long, java.util.Set<Long>> documentsByCode() {
        Map<Long, java.util.Set<Long>> docs = new HashMap<>();
        query("SELECT DISTINCT code_id, document_id FROM coding",
                rs -> docs.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>()).add(rs.getLong(2)));
        return docs;
    }

    @Override
    public Map<Long, Map<Long, Integer>> codingCountsByCodeAndDocument() {
        Map<Long, Map<Long, Integer>> counts = new HashMap<>();
        query("SELECT code_id, document_id, COUNT(*) FROM coding GROUP BY code_id, document_id",
                rs -> counts.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3)));
        return counts;
    }

    @Override
    public int codingCount() {
        return queryOne("SELECT COUNT(*) FROM coding", rs -> rs.getInt(1)).orElse(0);
    }

    @Override
    public List<Coder> coders() {
        return query("SELECT id, guid, name FROM coder ORDER BY name",
                rs -> new Coder(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    @Override
    public Optional<Coder> coder(long id) {
        return queryOne("SELECT id, guid, name FROM coder WHERE id = ?",
                rs -> new Coder(rs.getLong(1), rs.getString(2), rs.getString(3)), id);
    }

    @Override
    public Optional<Coder> coderByName(String name) {
        return queryOne("SELECT id, guid, name FROM coder WHERE name = ?",
                rs -> new Coder(rs.getLong(1), rs.getString(2), rs.getString(3)), name);
    }

    @Override
    public List<Memo> memos(MemoTarget target) {
        String where = switch (target.kind()) {
            case PROJECT -> "document_id IS NULL AND code_id IS NULL AND coding_id IS NULL";
            case DOCUMENT -> "document_id = ?";
            case CODE -> "code_id = ?";
            case CODING -> "coding_id = ?";
        };
        Object[] params = target.id() == null ? new Object[0] : new Object[] {target.id()};
        return query("SELECT " + MEMO_COLUMNS + " WHERE " + where + " ORDER BY created_at, id", SqlReader::memo, params);
    }

    @Override
    public List<Memo> allMemos() {
        return query("SELECT " + MEMO_COLUMNS + " ORDER BY created_at, id", SqlReader::memo);
    }

    @Override
    public Optional<Memo> memo(long id) {
        return queryOne("SELECT " + MEMO_COLUMNS + " WHERE id = ?", SqlReader::memo, id);
    }

    @Override
    public List<Attribute> attributes() {
        return query("SELECT id, guid, name, type, sort_order FROM attribute ORDER BY sort_order, id", SqlReader::attribute);
    }

    @Override
    public Optional<Attribute> attributeByName(String name) {
        return queryOne("SELECT id, guid, name, type, sort_order FROM attribute WHERE name = ?", SqlReader::attribute,
                name);
    }

    @Override
    public List<AttributeValue> attributeValues() {
        return query("SELECT document_id, attribute_id, value FROM attribute_value ORDER BY document_id, attribute_id",
                rs -> new AttributeValue(rs.getLong(1), rs.getLong(2), rs.getString(3)));
    }

    @Override
    public List<ChangeLogEntry> changeLog(int limit) {
        return query("SELECT seq, at, coder, kind, target_seq, operation, summary, " + labelColumn
                + " FROM change_log ORDER BY seq DESC LIMIT ?", SqlReader::entry, limit);
    }

    /** A change-log row (seq, at, coder, kind, target_seq, operation, summary, label) as its reader should see it. */
    static ChangeLogEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ChangeLogEntry(rs.getLong(1), instant(rs.getString(2)), rs.getString(3),
                ChangeLogEntry.Kind.valueOf(rs.getString(4)), nullableLong(rs, "target_seq"), rs.getString(6),
                tessera.core.model.Label.render(rs.getString(8), rs.getString(7)));
    }

    @Override
    public long lastSeq() {
        return queryOne("SELECT COALESCE(MAX(seq), 0) FROM change_log", rs -> rs.getLong(1)).orElse(0L);
    }
}
