package tessera.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.model.Document;
import tessera.core.ops.CreateCode;

class MigrationTest {

    @TempDir
    Path dir;

    private Path projectWithOneCode() {
        Path file = dir.resolve("m.tessera");
        try (ProjectStore s = ProjectStores.create(file, "m", "alice")) {
            s.apply(new CreateCode(null, "Drivers"));
        }
        return file;
    }

    private static List<Schema.Migration> plus(Schema.Migration m) {
        List<Schema.Migration> all = new ArrayList<>(Schema.MIGRATIONS);
        all.add(m);
        return all;
    }

    @Test
    void newProjectIsAtTheCurrentVersion() {
        try (JdbcProjectStore s = SqliteProjects.open(projectWithOneCode(), "alice")) {
            assertEquals(List.of(String.valueOf(Schema.CURRENT)),
                    s.query("SELECT meta_value FROM meta WHERE meta_key = 'schema_version'", rs -> rs.getString(1)));
            assertEquals(List.of(Schema.APPLICATION_ID), s.query("PRAGMA application_id", rs -> rs.getInt(1)));
            assertEquals(List.of("wal"), s.query("PRAGMA journal_mode", rs -> rs.getString(1)));
            assertEquals(List.of(1), s.query("PRAGMA foreign_keys", rs -> rs.getInt(1)));
        }
    }

    @Test
    void forwardMigrationRunsOnceAndKeepsData() {
        Path file = projectWithOneCode();
        List<Schema.Migration> v2 = plus(new Schema.Migration(Schema.CURRENT + 1, "code icons",
                List.of("ALTER TABLE code ADD COLUMN icon VARCHAR(40)", "UPDATE code SET icon = 'star'")));
        try (JdbcProjectStore s = SqliteProjects.open(file, "alice", v2)) {
            assertEquals(List.of("star"), s.query("SELECT icon FROM code", rs -> rs.getString(1)));
            assertEquals("Drivers", s.codes().get(0).name());
        }
        try (JdbcProjectStore s = SqliteProjects.open(file, "alice", v2)) {
            assertEquals(List.of(String.valueOf(Schema.CURRENT + 1)),
                    s.query("SELECT meta_value FROM meta WHERE meta_key = 'schema_version'", rs -> rs.getString(1)));
        }
    }

    @Test
    void projectOfTheFirstSchemaIsUpgradedWithItsData() {
        Path file = dir.resolve("v1.tessera");
        try (JdbcProjectStore s = SqliteProjects.create(file, "old", "alice", Schema.MIGRATIONS.subList(0, 1))) {
            s.apply(new CreateCode(null, "Drivers"));
            assertTrue(s.query("SELECT name FROM sqlite_master WHERE name = 'coding_review'", rs -> 1).isEmpty());
        }
        try (JdbcProjectStore s = SqliteProjects.open(file, "alice")) {
            assertEquals(List.of(String.valueOf(Schema.CURRENT)),
                    s.query("SELECT meta_value FROM meta WHERE meta_key = 'schema_version'", rs -> rs.getString(1)));
            assertEquals("Drivers", s.codes().get(0).name());
            assertTrue(s.reviews().isEmpty());
            assertTrue(s.canUndo(), "the log written under schema 1 still drives undo");
            s.undo();
            assertTrue(s.codes().isEmpty());
        }
    }

    @Test
    void failingMigrationLeavesTheProjectAsItWas() throws Exception {
        Path file = projectWithOneCode();
        byte[] before = Files.readAllBytes(file);
        List<Schema.Migration> broken = plus(new Schema.Migration(Schema.CURRENT + 1, "broken step",
                List.of("ALTER TABLE code ADD COLUMN icon TEXT", "UPDATE no_such_table SET x = 1")));
        StoreException e = assertThrows(StoreException.class, () -> SqliteProjects.open(file, "alice", broken));
        assertTrue(e.getMessage().contains("broken step") && e.getMessage().contains("unchanged"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (JdbcProjectStore s = SqliteProjects.open(file, "alice")) {
            assertEquals(1, s.codes().size());
        }
    }

    @Test
    void changeLogIsAppendOnly() {
        try (JdbcProjectStore s = SqliteProjects.open(projectWithOneCode(), "alice")) {
            StoreException e = assertThrows(StoreException.class,
                    () -> s.query("DELETE FROM change_log RETURNING seq", rs -> rs.getLong(1)));
            assertTrue(e.getMessage().contains("append-only"), e.getMessage());
        }
    }

    @Test
    void anUpgradeWaitsUntilNobodyElseHasTheProjectOpen() {
        Path file = dir.resolve("old.tessera");
        List<Schema.Migration> older = Schema.MIGRATIONS.subList(0, Schema.MIGRATIONS.size() - 1);
        SqliteProjects.create(file, "old", "alice", older).close();
        try (JdbcProjectStore oldTessera = SqliteProjects.open(file, "alice", older)) {
            StoreException e = assertThrows(StoreException.class, () -> ProjectStores.open(file, "bob"));
            assertEquals(StoreException.Reason.IN_USE, e.reason());
            assertTrue(e.getMessage().contains("must be closed everywhere before it is upgraded"), e.getMessage());
            assertEquals(0, oldTessera.refresh(), "nothing changed under the old store");
        }
        try (ProjectStore upgraded = ProjectStores.open(file, "bob")) {
            assertEquals("old", upgraded.projectName());
        }
    }

    @Test
    void aSchemaTwoProjectIsUpgradedAndItsDocumentsHaveNoOriginal() {
        Path file = dir.resolve("v2.tessera");
        try (JdbcProjectStore s = SqliteProjects.create(file, "old", "alice", Schema.MIGRATIONS.subList(0, 2))) {
            s.query("INSERT INTO text_content (hash, text, length_cp) VALUES ('h', '\u57ce\u5e02', 2) RETURNING 1",
                    rs -> 1);
            s.query("INSERT INTO document (id, guid, name, content_hash, language, source_format, imported_at,"
                    + " length_cp) VALUES (1, 'g', 'old doc', 'h', 'zh', 'txt', '2026-01-01T00:00:00Z', 2) RETURNING 1",
                    rs -> 1);
        }
        try (JdbcProjectStore s = SqliteProjects.open(file, "alice")) {
            Document d = s.documents().get(0);
            assertEquals("old doc", d.name());
            assertFalse(d.hasOriginal());
            assertTrue(d.pageStarts().isEmpty());
            assertTrue(s.original(d.id()).isEmpty());
            assertTrue(s.sets().isEmpty());
        }
    }
}
