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
import tessera.core.model.MemoTarget;
import tessera.core.ops.AddCoding;
import tessera.core.ops.AddMemo;
import tessera.core.ops.Batch;
import tessera.core.ops.CreateCode;
import tessera.core.ops.DeleteCode;
import tessera.core.ops.MergeCodes;
import tessera.core.ops.RemoveDocument;
import tessera.core.ops.RenameCode;

class UndoRedoTest {

    /** Where the project lives; the server suite runs the same tests on PostgreSQL. */
    Backend backend() {
        return Backend.FILE;
    }

    @TempDir
    Path dir;

    /** Everything an undo must restore, as plain values. */
    private static String snapshot(ProjectStore s) {
        return s.documents() + "|" + s.codes() + "|" + s.codings(CodingFilter.ALL) + "|"
                + s.memos(MemoTarget.PROJECT) + s.coders() + "|" + s.attributeValues() + "|"
                + s.codes().stream().map(c -> s.memos(MemoTarget.code(c.id()))).toList() + "|"
                + s.codings(CodingFilter.ALL).stream().map(c -> s.memos(MemoTarget.coding(c.id()))).toList();
    }

    @Test
    void undoOfDeleteRestoresEveryCodingAndMemo() {
        StoreFixture f = new StoreFixture(backend(), dir);
        try (ProjectStore s = f.store) {
            long c1 = s.apply(new AddCoding(f.zh, f.local, 0, 4)).inserted(Table.CODING);
            s.apply(new AddCoding(f.en, f.global, 0, 6, "bob"));
            s.apply(new AddMemo(MemoTarget.coding(c1), "why this passage"));
            s.apply(new AddMemo(MemoTarget.code(f.local), "definition"));
            String before = snapshot(s);

            Applied deleted = s.apply(new DeleteCode(f.drivers));
            assertTrue(s.codes().isEmpty());
            assertEquals("Delete code", s.undoLabel().orElseThrow());

            Applied undone = s.undo().orElseThrow();
            assertEquals(ChangeLogEntry.Kind.UNDO, undone.entry().kind());
            assertEquals(deleted.entry().seq(), undone.entry().targetSeq());
            assertEquals(before, snapshot(s));

            s.redo().orElseThrow();
            assertTrue(s.codings(CodingFilter.ALL).isEmpty());
            s.undo();
            assertEquals(before, snapshot(s));
        }
    }

    @Test
    void undoOfMergeAndOfDocumentRemoval() {
        StoreFixture f = new StoreFixture(backend(), dir);
        try (ProjectStore s = f.store) {
            s.apply(new AddCoding(f.zh, f.global, 0, 4));
            s.apply(new AddCoding(f.zh, f.local, 0, 4));
            String before = snapshot(s);
            s.apply(new MergeCodes(f.global, f.local));
            s.apply(new RemoveDocument(f.zh));
            s.undo();
            s.undo();
            assertEquals(before, snapshot(s));
            assertEquals(StoreFixture.ZH, s.text(f.zh));
        }
    }

    @Test
    void newOperationClearsRedoAndStacksSurviveReopen() {
        String location;
        StoreFixture f = new StoreFixture(backend(), dir);
        try (ProjectStore s = f.store) {
            location = s.location();
            s.apply(new RenameCode(f.local, "Local level"));
            s.apply(new RenameCode(f.local, "Local actors"));
            s.undo();
            assertTrue(s.canRedo());
        }
        try (ProjectStore s = ProjectStores.open(location, "alice")) {
            assertEquals("Local level", s.code(f.local).orElseThrow().name());
            assertTrue(s.canRedo());
            s.redo();
            assertEquals("Local actors", s.code(f.local).orElseThrow().name());
            s.undo();
            s.apply(new CreateCode(null, "Roles"));
            assertFalse(s.canRedo());
            assertTrue(s.redo().isEmpty());
        }
    }

    @Test
    void undoWalksBackToAnEmptyProject() {
        StoreFixture f = new StoreFixture(backend(), dir);
        try (ProjectStore s = f.store) {
            s.apply(new AddCoding(f.zh, f.local, 1, 3));
            while (s.canUndo()) {
                s.undo();
            }
            assertTrue(s.documents().isEmpty());
            assertTrue(s.codes().isEmpty());
            assertTrue(s.coders().isEmpty());
            while (s.canRedo()) {
                s.redo();
            }
            assertEquals(1, s.codings(CodingFilter.ALL).size());
            assertEquals("ok", s.integrityCheck());
        }
    }

    @Test
    void changeLogRecordsSequenceCoderOperationAndRowChanges() {
        StoreFixture f = new StoreFixture(backend(), dir);
        try (ProjectStore s = f.store) {
            Applied a = s.apply(new AddCoding(f.zh, f.local, 1, 3));
            List<ChangeLogEntry> log = s.changeLog(100);
            assertEquals(a.entry().seq(), log.get(0).seq());
            assertEquals(log.size(), log.get(0).seq(), "sequence numbers are dense from 1");
            assertEquals("coding.add", log.get(0).operation());
            assertEquals("alice", log.get(0).coder());
            List<RowChange> changes = s.changesOf(a.entry().seq());
            RowChange insert = changes.stream().filter(c -> c.table() == Table.CODING).findFirst().orElseThrow();
            assertEquals(RowChange.Kind.INSERT, insert.kind());
            assertEquals(1, insert.after().get("start_cp"));
            assertEquals(3, insert.after().get("end_cp"));
        }
    }

    @Test
    void batchIsOneStepOfUndo() {
        StoreFixture f = new StoreFixture(backend(), dir);
        try (ProjectStore s = f.store) {
            s.apply(new Batch("Code 3 hits", List.of(new AddCoding(f.zh, f.local, 0, 2),
                    new AddCoding(f.zh, f.local, 4, 6), new AddCoding(f.en, f.local, 0, 6))));
            assertEquals(3, s.codings(CodingFilter.ALL).size());
            s.undo();
            assertEquals(0, s.codings(CodingFilter.ALL).size());
        }
    }

    @Test
    void listenersHearEveryCommittedEntry() {
        StoreFixture f = new StoreFixture(backend(), dir);
        try (ProjectStore s = f.store) {
            java.util.List<Applied> heard = new java.util.ArrayList<>();
            s.addListener(heard::add);
            s.addListener(x -> {
                throw new IllegalStateException("a broken listener");
            });
            s.apply(new AddCoding(f.zh, f.local, 1, 3));
            s.undo();
            assertEquals(2, heard.size());
            assertEquals(RowChange.Kind.DELETE, heard.get(1).changes().get(heard.get(1).changes().size() - 1).kind());
        }
    }

    @Test
    void rowsChangedBehindTheLogAreNotOverwritten() throws Exception {
        StoreFixture f = new StoreFixture(backend(), dir);
        try (ProjectStore s = f.store) {
            s.apply(new RenameCode(f.local, "Local level"));
            JdbcProjectStore sql = (JdbcProjectStore) s;
            java.lang.reflect.Field field = SqlReader.class.getDeclaredField("connection");
            field.setAccessible(true);
            try (var st = ((java.sql.Connection) field.get(sql)).createStatement()) {
                st.executeUpdate("UPDATE code SET name = 'Tampered' WHERE id = " + f.local);
            }
            StoreException e = assertThrows(StoreException.class, s::undo);
            assertTrue(e.getMessage().contains("changed outside the change log"), e.getMessage());
            assertEquals("Tampered", s.code(f.local).orElseThrow().name());
        }
    }

    /**
     * A bulk apply: each operation its own log entry and undo step, all committed together; the one that fails (a
     * range past the text's end, then a duplicate of a coding made earlier in the same chunk) is taken back alone.
     */
    @Test
    void applyEachLogsEveryOperationAndTakesBackOnlyTheOneThatFails() {
        StoreFixture f = new StoreFixture(backend(), dir);
        try (ProjectStore s = f.store) {
            long before = s.lastSeq();
            java.util.List<Applied> heard = new java.util.ArrayList<>();
            s.addListener(heard::add);
            java.util.Map<Integer, String> failures = new java.util.TreeMap<>();
            List<Applied> applied = s.applyEach(List.of(new AddCoding(f.zh, f.local, 0, 4),
                    new AddCoding(f.zh, f.local, 0, 400), new AddCoding(f.en, f.global, 0, 6, "bob"),
                    new AddCoding(f.zh, f.local, 0, 4), new AddCoding(f.zh, f.global, 4, 6)),
                    (i, e) -> failures.put(i, e.getMessage()));

            assertEquals(List.of(1, 3), List.copyOf(failures.keySet()), failures.toString());
            assertEquals(3, applied.size());
            assertEquals(List.of(before + 1, before + 2, before + 3),
                    applied.stream().map(a -> a.entry().seq()).toList(), "one gapless entry per applied operation");
            assertEquals(applied, heard, "listeners hear of each entry, in order");
            assertEquals(3, s.codings(CodingFilter.ALL).size());
            assertEquals(before + 3, s.lastSeq());

            s.undo().orElseThrow();
            assertEquals(2, s.codings(CodingFilter.ALL).size(), "undo takes back the last operation alone");
            assertTrue(s.codings(CodingFilter.ALL).stream().noneMatch(c -> c.start() == 4));
        }
    }
}
