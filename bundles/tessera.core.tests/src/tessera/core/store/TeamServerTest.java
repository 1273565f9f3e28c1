package tessera.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.model.ChangeLogEntry;
import tessera.core.model.Coding;
import tessera.core.model.MemoTarget;
import tessera.core.ops.AddCoding;
import tessera.core.ops.AddMemo;
import tessera.core.ops.EditMemo;

/** What only a shared server shows: coders editing the same memo, copies to and from it, and its refusals. */
class TeamServerTest {

    @TempDir
    Path dir;

    @Test
    void twoCodersEditTheSameMemoAndUndoNeverErasesTheOther() {
        StoreFixture f = new StoreFixture(Backend.SERVER, dir);
        f.store.close();
        try (ProjectStore li = ProjectStores.open(location(f), "Li Wei");
                ProjectStore sato = ProjectStores.open(location(f), "Sato Yuki")) {
            long memo = li.apply(new AddMemo(MemoTarget.document(f.zh), "local actors first")).inserted(Table.MEMO);
            li.apply(new EditMemo(memo, "local actors first, then the ministries"));
            sato.apply(new EditMemo(memo, "the ministries lead"));
            StoreException e = assertThrows(StoreException.class, li::undo);
            assertTrue(e.getMessage().contains("Sato Yuki"), e.getMessage());
            assertEquals("the ministries lead", li.memos(MemoTarget.document(f.zh)).get(0).text(),
                    "Sato Yuki's edit stands");
            ChangeLogEntry undone = sato.undo().orElseThrow().entry();
            assertEquals("Sato Yuki", undone.coder());
            assertEquals("local actors first, then the ministries", li.memos(MemoTarget.document(f.zh)).get(0).text(),
                    "Sato's undo put back what was there before her edit");
        }
    }

    @Test
    void aFileGoesOntoTheServerAndComesBackWithItsGuidsAndLog() {
        StoreFixture f = new StoreFixture(Backend.FILE, dir);
        String server = Backend.newDatabase();
        try (ProjectStore file = f.store) {
            file.apply(new AddCoding(f.zh, f.local, 0, 4));
            file.apply(new AddCoding(f.en, f.global, 0, 6));
            file.undo();
            ProjectStores.copy(file, server);
            try (ProjectStore team = ProjectStores.open(server, "alice")) {
                assertEquals(file.projectName(), team.projectName());
                assertEquals(guids(file), guids(team));
                assertEquals(file.changeLog(100), team.changeLog(100), "the log, entry by entry");
                assertTrue(team.canRedo(), "alice's undo carried over: she can redo it on the server");
                Path back = dir.resolve("offline.tessera");
                team.copyTo(back);
                try (ProjectStore offline = ProjectStores.open(back, "alice")) {
                    assertEquals(guids(file), guids(offline));
                    assertEquals(file.changeLog(100), offline.changeLog(100));
                    assertEquals(file.text(f.zh), offline.text(f.zh));
                    assertEquals("ok", offline.integrityCheck());
                }
            }
            StoreException again = assertThrows(StoreException.class, () -> ProjectStores.copy(file, server));
            assertTrue(again.getMessage().contains("is not empty"), again.getMessage());
        }
    }

    @Test
    void theServerRefusesClearly() {
        ServerAddress admin = Backend.admin();
        String missing = new ServerAddress(admin.host(), admin.port(), "no_such_project", admin.user(),
                admin.password(), admin.parameters()).toString();
        StoreException none = assertThrows(StoreException.class, () -> ProjectStores.open(missing, "li"));
        assertEquals(StoreException.Reason.NOT_FOUND, none.reason());
        assertTrue(none.getMessage().contains("no such database"), none.getMessage());

        String wrong = new ServerAddress(admin.host(), admin.port(), admin.database(), admin.user(),
                "not-the-password", admin.parameters()).toString();
        ServerAddress wrongPassword = ServerAddress.parse(wrong).withPassword("not-the-password");
        StoreException login = assertThrows(StoreException.class, () -> ProjectStores.open(wrongPassword, "li"));
        assertEquals(StoreException.Reason.LOGIN, login.reason(), login.getMessage());
        assertFalse(login.getMessage().contains("not-the-password"), login.getMessage());

        String closed = new ServerAddress("127.0.0.1", 1, "p", null, null, java.util.Map.of()).toString();
        StoreException away = assertThrows(StoreException.class, () -> ProjectStores.open(closed, "li"));
        assertTrue(away.getMessage().contains("cannot reach the server"), away.getMessage());

        StoreException notOurs = assertThrows(StoreException.class, () -> ProjectStores.open(admin.toString(), "li"));
        assertEquals(StoreException.Reason.NOT_A_PROJECT, notOurs.reason(), notOurs.getMessage());
    }

    /**
     * A coder's login needs no more than the project's tables, and the administrator can make the log append-only
     * by privilege as well: the README's grants.
     */
    @Test
    void aCoderLoginWithOnlyTheTablesAndALogItCannotRewrite() throws Exception {
        StoreFixture f = new StoreFixture(Backend.SERVER, dir);
        String team = f.store.location();
        f.store.close();
        ServerAddress address = ServerAddress.parse(team);
        String role = "coder_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
        try (java.sql.Connection admin = PostgresProjects.connect(address);
                java.sql.Statement s = admin.createStatement()) {
            s.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'coder-secret'");
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
            s.execute("REVOKE UPDATE, DELETE ON change_log FROM " + role);
        }
        ServerAddress noPassword = new ServerAddress(address.host(), address.port(), address.database(), role,
                null, address.parameters());
        StoreException asked = assertThrows(StoreException.class, () -> ProjectStores.open(noPassword, null));
        assertEquals(StoreException.Reason.LOGIN, asked.reason());
        assertTrue(asked.getMessage().contains("asks for a password"), asked.getMessage());
        ServerAddress asCoder = noPassword.withPassword("coder-secret");
        try (ProjectStore coder = ProjectStores.open(asCoder, null)) {
            assertEquals(role, coder.coderName(), "the coder is the login");
            long coding = coder.apply(new AddCoding(f.zh, f.local, 0, 3)).inserted(Table.CODING);
            assertTrue(coder.coding(coding).isPresent());
            coder.undo().orElseThrow();
            assertTrue(coder.codings(CodingFilter.ALL).isEmpty());
            try (java.sql.Connection c = PostgresProjects.connect(asCoder);
                    java.sql.Statement s = c.createStatement()) {
                java.sql.SQLException e = assertThrows(java.sql.SQLException.class,
                        () -> s.executeUpdate("DELETE FROM change_log"));
                assertEquals("42501", e.getSQLState(), "refused by privilege: " + e.getMessage());
            }
        }
    }

    /** A connection the server drops (a restart, a network cut) fails the next change clearly and keeps nothing of it. */
    @Test
    void aDroppedConnectionFailsClearlyAndKeepsNothingHalfWritten() throws Exception {
        StoreFixture f = new StoreFixture(Backend.SERVER, dir);
        String team = f.store.location();
        try (ProjectStore coder = f.store) {
            long before = coder.lastSeq();
            try (java.sql.Connection admin = PostgresProjects.connect(ServerAddress.parse(team));
                    java.sql.Statement s = admin.createStatement()) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND pid <> pg_backend_pid()");
            }
            StoreException e = assertThrows(StoreException.class,
                    () -> coder.apply(new AddCoding(f.zh, f.local, 0, 3)));
            assertTrue(e.getMessage().contains("connection to the server was lost"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
        }
        try (ProjectStore again = ProjectStores.open(team, "alice")) {
            assertTrue(again.codings(CodingFilter.ALL).isEmpty(), "nothing of the failed change");
            assertEquals(5, again.lastSeq(), "the fixture's five entries, no more");
            again.apply(new AddCoding(f.zh, f.local, 0, 3));
            assertEquals(1, again.codings(CodingFilter.ALL).size(), "opened again, the project works");
        }
    }

    private static String location(StoreFixture f) {
        return f.store.location();
    }

    private static List<String> guids(ProjectStore s) {
        return s.codings(CodingFilter.ALL).stream().map(Coding::guid).sorted().toList();
    }
}
