package tessera.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.ops.CreateCode;

/** Files that are not projects, or not openable now, are refused with a clear reason and left as they were. */
class ProjectFileTest {

    @TempDir
    Path dir;

    private static StoreException refused(Path file, StoreException.Reason reason) throws Exception {
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> ProjectStores.open(file, "alice"));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the file must be left untouched");
        return e;
    }

    @Test
    void textFileIsNotAProject() throws Exception {
        Path file = dir.resolve("notes.tessera");
        Files.writeString(file, "城市外交 is not a database");
        assertTrue(refused(file, StoreException.Reason.NOT_A_PROJECT).getMessage().contains("not an SQLite database"));
    }

    @Test
    void emptyFileIsNotAProject() throws Exception {
        Path file = dir.resolve("empty.tessera");
        Files.createFile(file);
        refused(file, StoreException.Reason.NOT_A_PROJECT);
    }

    @Test
    void otherSqliteDatabaseIsNotAProject() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + file, new java.util.Properties());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE meta (meta_key TEXT, meta_value TEXT)");
        }
        assertTrue(refused(file, StoreException.Reason.NOT_A_PROJECT).getMessage().contains("another program"));
    }

    @Test
    void newerSchemaIsRefused() throws Exception {
        Path file = dir.resolve("future.tessera");
        ProjectStores.create(file, "future", "alice").close();
        List<Schema.Migration> future = new ArrayList<>(Schema.MIGRATIONS);
        future.add(new Schema.Migration(Schema.CURRENT + 1, "a column from the future",
                List.of("ALTER TABLE code ADD COLUMN icon TEXT")));
        try (JdbcProjectStore s = SqliteProjects.open(file, "alice", future)) {
            assertEquals(List.of(String.valueOf(Schema.CURRENT + 1)),
                    s.query("SELECT meta_value FROM meta WHERE meta_key = 'schema_version'", rs -> rs.getString(1)));
        }
        StoreException e = refused(file, StoreException.Reason.NEWER_SCHEMA);
        assertTrue(e.getMessage().contains("newer Tessera (schema " + (Schema.CURRENT + 1)), e.getMessage());
    }

    @Test
    void readOnlyFileIsRefused() throws Exception {
        Path file = dir.resolve("ro.tessera");
        ProjectStores.create(file, "ro", "alice").close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertTrue(refused(file, StoreException.Reason.READ_ONLY).getMessage().contains("read-only"));
    }

    @Test
    void createRefusesToOverwrite() throws Exception {
        Path file = dir.resolve("exists.tessera");
        Files.writeString(file, "keep me");
        StoreException e = assertThrows(StoreException.class, () -> ProjectStores.create(file, "x", "alice"));
        assertEquals(StoreException.Reason.ALREADY_EXISTS, e.reason());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void missingFileIsReported() {
        StoreException e = assertThrows(StoreException.class, () -> ProjectStores.open(dir.resolve("nope.tessera"), "a"));
        assertEquals(StoreException.Reason.NOT_FOUND, e.reason());
    }
}
