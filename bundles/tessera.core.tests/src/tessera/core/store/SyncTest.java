package tessera.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.model.Coding;
import tessera.core.model.MemoTarget;
import tessera.core.ops.AddCoding;
import tessera.core.ops.AddDocument;
import tessera.core.ops.AddMemo;
import tessera.core.ops.CreateCode;
import tessera.core.ops.EditMemo;
import tessera.core.ops.RemoveCoding;
import tessera.core.ops.RenameCode;

/** An offline copy and its server, both changed apart, brought together through the log; twice changes nothing. */
class SyncTest {

    @TempDir
    Path dir;

    @Test
    void changesOnBothSidesConflictsAndASecondSyncThatChangesNothing() {
        StoreFixture f = new StoreFixture(Backend.SERVER, dir);
        String team = f.store.location();
        Path offline = dir.resolve("offline.tessera");
        long memo;
        long shared;
        try (ProjectStore server = f.store) {
            memo = server.apply(new AddMemo(MemoTarget.document(f.zh), "first thoughts")).inserted(Table.MEMO);
            shared = server.apply(new AddCoding(f.zh, f.local, 0, 4)).inserted(Table.CODING);
            server.copyTo(offline);
        }
        String sharedGuid;
        // offline: Sato codes on the train
        try (ProjectStore copy = ProjectStores.open(offline, "Sato Yuki")) {
            sharedGuid = copy.coding(shared).orElseThrow().guid();
            long roles = copy.apply(new CreateCode(null, "Roles")).inserted(Table.CODE);
            copy.apply(new AddCoding(f.zh, roles, 5, 9));
            long doc = copy.apply(new AddDocument("train notes", "在火车上写的笔记 𠮷", "zh", "txt")).inserted(Table.DOCUMENT);
            copy.apply(new AddCoding(doc, roles, 0, 2));
            copy.apply(new EditMemo(memo, "Sato's reading"));
            copy.apply(new RenameCode(f.global, "Global level"));
            copy.apply(new RemoveCoding(shared));
        }
        // meanwhile on the server: Li Wei
        try (ProjectStore li = ProjectStores.open(team, "Li Wei")) {
            li.apply(new EditMemo(memo, "Li's reading"));
            li.apply(new AddCoding(f.en, f.global, 0, 6));
        }

        ProjectSync.Report first = ProjectSync.sync(offline, a -> a, "Sato Yuki");
        assertEquals(2, first.pulled(), "Li Wei's two changes");
        assertEquals(1, first.conflicts().size(), first.conflicts().toString());
        assertTrue(first.conflicts().get(0).contains("text") && first.conflicts().get(0).contains("memo"),
                first.conflicts().toString());

        try (ProjectStore server = ProjectStores.open(team, "Li Wei");
                ProjectStore copy = ProjectStores.open(offline, "Sato Yuki")) {
            assertEquals("Li's reading", server.memos(MemoTarget.document(f.zh)).get(0).text(), "the server's value");
            assertEquals("Global level", server.code(f.global).orElseThrow().name(), "the copy's rename, on the server");
            assertTrue(server.codebook().byPath("Roles").isPresent());
            assertTrue(server.documentByName("train notes").isPresent());
            assertEquals("在火车上写的笔记 𠮷", server.text(server.documentByName("train notes").orElseThrow().id()));
            assertTrue(server.codingByGuid(sharedGuid).isEmpty(), "the copy's removal, on the server");
            assertEquals(guids(server), guids(copy), "the copy is the server's now, GUID for GUID");
            assertEquals(server.lastSeq(), copy.lastSeq());
            assertEquals(server.codings(CodingFilter.ALL).size(), 3, "Li's, and Sato's two");
        }

        ProjectSync.Report second = ProjectSync.sync(offline, a -> a, "Sato Yuki");
        assertEquals(0, second.pushed());
        assertEquals(0, second.pulled());
        assertTrue(second.conflicts().isEmpty());
    }

    @Test
    void onlyAnOfflineCopySyncs() {
        StoreFixture f = new StoreFixture(Backend.FILE, dir);
        Path file = f.store.path();
        f.store.close();
        StoreException e = assertThrows(StoreException.class, () -> ProjectSync.sync(file, a -> a, "alice"));
        assertTrue(e.getMessage().contains("not an offline copy"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    private static Set<String> guids(ProjectStore s) {
        return s.codings(CodingFilter.ALL).stream().map(Coding::guid).collect(Collectors.toSet());
    }

}
