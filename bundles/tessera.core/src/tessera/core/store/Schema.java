package tessera.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The project schema as forward migrations: version N is reached by running every migration up to N in one
 * transaction. The tables use plain SQL types and constraints that SQLite and PostgreSQL both accept; what is each
 * database's own (the file's application id, the triggers) is its {@link Dialect}'s.
 */
public final class Schema {

    /** "Tess" as SQLite's application_id, so that a Tessera project can be told from any other SQLite file. */
    public static final int APPLICATION_ID = 0x54657373;

    /** Work of a migration that SQL alone cannot do, such as giving existing rows new GUIDs. */
    @FunctionalInterface
    public interface Step {
        void run(Connection c) throws SQLException;
    }

    /** One step from {@code version - 1} to {@code version}: statements, then Java work, then more statements. */
    public record Migration(int version, String description, List<String> statements, Step step,
            List<String> finish) {

        public Migration(int version, String description, List<String> statements) {
            this(version, description, statements, c -> { }, List.of());
        }

        void run(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
                step.run(c);
                for (String sql : finish) {
                    s.execute(sql);
                }
            }
        }
    }

    public static final List<Migration> MIGRATIONS = List.of(new Migration(1, "initial schema", List.of(
            "CREATE TABLE meta (meta_key VARCHAR(64) PRIMARY KEY, meta_value TEXT NOT NULL)",
            "CREATE TABLE id_counter (table_name VARCHAR(32) PRIMARY KEY, next_id BIGINT NOT NULL)",
            "CREATE TABLE text_content (hash CHAR(64) PRIMARY KEY, text TEXT NOT NULL, length_cp INTEGER NOT NULL)",
            "CREATE TABLE coder (id BIGINT PRIMARY KEY, guid CHAR(36) NOT NULL UNIQUE, name VARCHAR(200) NOT NULL UNIQUE"
                    + " CHECK (name <> ''))",
            "CREATE TABLE document (id BIGINT PRIMARY KEY, guid CHAR(36) NOT NULL UNIQUE,"
                    + " name VARCHAR(400) NOT NULL UNIQUE CHECK (name <> ''),"
                    + " content_hash CHAR(64) NOT NULL REFERENCES text_content (hash),"
                    + " language VARCHAR(16) NOT NULL, source_format VARCHAR(16) NOT NULL,"
                    + " imported_at VARCHAR(40) NOT NULL, length_cp INTEGER NOT NULL CHECK (length_cp >= 0))",
            "CREATE TABLE code (id BIGINT PRIMARY KEY, guid CHAR(36) NOT NULL UNIQUE,"
                    + " parent_id BIGINT REFERENCES code (id), name VARCHAR(400) NOT NULL CHECK (name <> ''),"
                    + " colour CHAR(7) NOT NULL, description TEXT NOT NULL,"
                    + " codable SMALLINT NOT NULL CHECK (codable IN (0, 1)), sort_order INTEGER NOT NULL)",
            "CREATE INDEX code_parent ON code (parent_id, sort_order)",
            "CREATE TABLE coding (id BIGINT PRIMARY KEY, guid CHAR(36) NOT NULL UNIQUE,"
                    + " document_id BIGINT NOT NULL REFERENCES document (id),"
                    + " code_id BIGINT NOT NULL REFERENCES code (id), coder_id BIGINT NOT NULL REFERENCES coder (id),"
                    + " start_cp INTEGER NOT NULL, end_cp INTEGER NOT NULL, created_at VARCHAR(40) NOT NULL,"
                    + " CHECK (start_cp >= 0 AND end_cp > start_cp))",
            "CREATE INDEX coding_document ON coding (document_id, start_cp)",
            "CREATE INDEX coding_code ON coding (code_id)",
            "CREATE TABLE memo (id BIGINT PRIMARY KEY, guid CHAR(36) NOT NULL UNIQUE,"
                    + " document_id BIGINT REFERENCES document (id), code_id BIGINT REFERENCES code (id),"
                    + " coding_id BIGINT REFERENCES coding (id), coder_id BIGINT NOT NULL REFERENCES coder (id),"
                    + " text TEXT NOT NULL, created_at VARCHAR(40) NOT NULL, modified_at VARCHAR(40) NOT NULL,"
                    + " CHECK ((CASE WHEN document_id IS NULL THEN 0 ELSE 1 END)"
                    + " + (CASE WHEN code_id IS NULL THEN 0 ELSE 1 END)"
                    + " + (CASE WHEN coding_id IS NULL THEN 0 ELSE 1 END) <= 1))",
            "CREATE INDEX memo_document ON memo (document_id)",
            "CREATE INDEX memo_code ON memo (code_id)",
            "CREATE INDEX memo_coding ON memo (coding_id)",
            "CREATE TABLE attribute (id BIGINT PRIMARY KEY, guid CHAR(36) NOT NULL UNIQUE,"
                    + " name VARCHAR(200) NOT NULL UNIQUE CHECK (name <> ''),"
                    + " type VARCHAR(8) NOT NULL CHECK (type IN ('TEXT', 'NUMBER', 'DATE', 'BOOLEAN')),"
                    + " sort_order INTEGER NOT NULL)",
            "CREATE TABLE attribute_value (id BIGINT PRIMARY KEY, document_id BIGINT NOT NULL REFERENCES document (id),"
                    + " attribute_id BIGINT NOT NULL REFERENCES attribute (id), value TEXT NOT NULL,"
                    + " UNIQUE (document_id, attribute_id))",
            "CREATE TABLE change_log (seq BIGINT PRIMARY KEY, at VARCHAR(40) NOT NULL, coder VARCHAR(200) NOT NULL,"
                    + " kind VARCHAR(4) NOT NULL CHECK (kind IN ('DO', 'UNDO', 'REDO')),"
                    + " target_seq BIGINT REFERENCES change_log (seq), operation VARCHAR(64) NOT NULL,"
                    + " summary TEXT NOT NULL, payload TEXT NOT NULL)",
            "INSERT INTO id_counter (table_name, next_id) VALUES ('coder', 1), ('document', 1), ('code', 1),"
                    + " ('coding', 1), ('memo', 1), ('attribute', 1), ('attribute_value', 1)")),
            new Migration(2, "review decisions on codings", List.of(
                    "CREATE TABLE coding_review (id BIGINT PRIMARY KEY,"
                            + " coding_id BIGINT NOT NULL UNIQUE REFERENCES coding (id),"
                            + " decision VARCHAR(40) NOT NULL, comment TEXT NOT NULL, reviewer VARCHAR(200) NOT NULL,"
                            + " reviewed_at VARCHAR(40) NOT NULL)",
                    "INSERT INTO id_counter (table_name, next_id) VALUES ('coding_review', 1)")),
            new Migration(3, "original files, page starts and sets", List.of(
                    // BYTEA is PostgreSQL's binary type; SQLite keeps a BLOB value unchanged under any column type.
                    "CREATE TABLE original_file (hash CHAR(64) PRIMARY KEY, content BYTEA NOT NULL,"
                            + " size_bytes BIGINT NOT NULL)",
                    "ALTER TABLE document ADD COLUMN original_name VARCHAR(400)",
                    "ALTER TABLE document ADD COLUMN original_hash CHAR(64) REFERENCES original_file (hash)",
                    "ALTER TABLE document ADD COLUMN page_starts TEXT",
                    "CREATE TABLE item_set (id BIGINT PRIMARY KEY, guid CHAR(36) NOT NULL UNIQUE,"
                            + " name VARCHAR(200) NOT NULL UNIQUE CHECK (name <> ''), description TEXT NOT NULL)",
                    "CREATE TABLE set_member (id BIGINT PRIMARY KEY, set_id BIGINT NOT NULL REFERENCES item_set (id),"
                            + " document_id BIGINT REFERENCES document (id), code_id BIGINT REFERENCES code (id),"
                            + " CHECK ((CASE WHEN document_id IS NULL THEN 0 ELSE 1 END)"
                            + " + (CASE WHEN code_id IS NULL THEN 0 ELSE 1 END) = 1))",
                    "CREATE INDEX set_member_set ON set_member (set_id)",
                    "INSERT INTO id_counter (table_name, next_id) VALUES ('item_set', 1), ('set_member', 1)")),
            new Migration(4, "change labels in the reader's language", List.of(
                    // {"key", "args"}: rendered from the labels of the reader's language; summary keeps the English
                    "ALTER TABLE change_log ADD COLUMN label TEXT")),
            // merges and the team server name every row that crosses projects by a GUID; these three had none
            new Migration(5, "GUIDs for attribute values, review decisions and set members", List.of(
                    "ALTER TABLE attribute_value ADD COLUMN guid CHAR(36)",
                    "ALTER TABLE coding_review ADD COLUMN guid CHAR(36)",
                    "ALTER TABLE set_member ADD COLUMN guid CHAR(36)"),
                    c -> {
                        for (String table : List.of("attribute_value", "coding_review", "set_member")) {
                            Guids.fill(c, table);
                        }
                    },
                    List.of("CREATE UNIQUE INDEX attribute_value_guid ON attribute_value (guid)",
                            "CREATE UNIQUE INDEX coding_review_guid ON coding_review (guid)",
                            "CREATE UNIQUE INDEX set_member_guid ON set_member (guid)")));

    /**
     * The schema version this build writes; a file with a higher one was made by a newer Tessera. Derived from the
     * migrations (and so not a compile-time constant that other classes would copy into themselves).
     */
    public static final int CURRENT = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private Schema() {
    }
}
