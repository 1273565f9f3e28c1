package tessera.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.model.ChangeLogEntry;
import tessera.core.ops.AddCoding;
import tessera.core.ops.AddDocument;
import tessera.core.ops.CreateCode;

/**
 * One project open in several stores at once, as the workbench and command-line commands have it: writers take
 * turns, every store follows the one change log (sequence, undo, listeners), and only an upgrade needs the
 * project to itself. Each store has its own connection and so sees the others as another process would.
 */
class SharedProjectTest {

    /** Where the project lives; the server suite runs the same tests on PostgreSQL. */
    Backend backend() {
        return Backend.FILE;
    }

    @TempDir
    Path dir;

    @Test
    void eachStoreFollowsTheOthersChanges() {
        String file = backend().newLocation(dir);
        try (ProjectStore workbench = ProjectStores.create(file, "shared", "alice");
                ProjectStore cli = ProjectStores.open(file, "bob")) {
            List<Applied> heard = new CopyOnWriteArrayList<>();
            workbench.addListener(heard::add);
            long code = workbench.apply(new CreateCode(null, "Drivers")).inserted(Table.CODE);
            long doc = cli.apply(new AddDocument("interview", "城市外交 in 𠮷田.", "zh", "txt")).inserted(Table.DOCUMENT);
            cli.apply(new AddCoding(doc, code, 0, 4));
            assertEquals(1, heard.size(), "only its own change so far");

            assertEquals(2, workbench.refresh(), "the other process's two changes");
            assertEquals(List.of(1L, 2L, 3L), heard.stream().map(a -> a.entry().seq()).toList());
            assertEquals("bob", heard.get(2).entry().coder());
            assertTrue(heard.get(2).inserted(Table.CODING) > 0, "the change carries its rows, as a local one does");
            assertEquals(0, workbench.refresh(), "nothing new");

            // undo is each coder's own: alice's code is in bob's coding, so hers cannot be taken back under it
            assertTrue(workbench.canUndo());
            StoreException refused = assertThrows(StoreException.class, workbench::undo);
            assertTrue(refused.getMessage().contains("bob"), refused.getMessage());
            assertEquals(1, workbench.codings(CodingFilter.ALL).size(), "nothing undone");
            ChangeLogEntry undone = cli.undo().orElseThrow().entry();
            assertEquals(3L, undone.targetSeq(), "bob's own last change");
            assertEquals(0, workbench.codings(CodingFilter.ALL).size());
            assertEquals(3L, cli.redo().orElseThrow().entry().targetSeq());
            workbench.refresh();
            assertFalse(workbench.canRedo(), "bob's undo is not alice's to redo");
            assertEquals(1, workbench.codings(CodingFilter.ALL).size());
        }
    }

    @Test
    void aWriteTakesInTheOthersChangesFirst() {
        String file = backend().newLocation(dir);
        try (ProjectStore a = ProjectStores.create(file, "shared", "alice");
                ProjectStore b = ProjectStores.open(file, "bob")) {
            List<Long> heard = heardByAfterTwoCodesOf(a, b);
            a.apply(new CreateCode(null, "Drivers"));
            assertEquals(List.of(1L, 2L, 3L), heard, "b's changes before a's own, in log order");
            assertEquals(3, a.lastSeq());
        }
    }

    /**
     * A chunk runs without a savepoint per operation until one fails; it is then rolled back and run again with
     * them. The other store's changes found on the first run are still heard first, once, and in order.
     */
    @Test
    void aChunkRunAgainForAFailureStillTakesInTheOthersChangesFirst() {
        String file = backend().newLocation(dir);
        try (ProjectStore a = ProjectStores.create(file, "shared", "alice");
                ProjectStore b = ProjectStores.open(file, "bob")) {
            List<Long> heard = heardByAfterTwoCodesOf(a, b);
            List<Integer> failed = new ArrayList<>();
            List<Applied> applied = a.applyEach(List.of(new CreateCode(null, "Drivers"), new CreateCode(null, "Roles"),
                    new CreateCode(null, "Constraints")), (i, e) -> failed.add(i));

            assertEquals(List.of(1), failed, "the second Roles fails alone");
            assertEquals(List.of(3L, 4L), applied.stream().map(x -> x.entry().seq()).toList());
            assertEquals(List.of(1L, 2L, 3L, 4L), heard, "b's changes once, before a's own");
            assertEquals(List.of("Modes", "Roles", "Drivers", "Constraints"),
                    a.codebook().inOrder().stream().map(tessera.core.model.Code::name).toList());
            assertEquals(2, b.refresh(), "b hears a's two");
        }
    }

    /** The sequence numbers {@code a} hears from now on, after {@code b} has added the codes Modes and Roles. */
    private static List<Long> heardByAfterTwoCodesOf(ProjectStore a, ProjectStore b) {
        List<Long> heard = new CopyOnWriteArrayList<>();
        a.addListener(x -> heard.add(x.entry().seq()));
        b.apply(new CreateCode(null, "Modes"));
        b.apply(new CreateCode(null, "Roles"));
        return heard;
    }

    @Test
    void simultaneousWritersNeverCollide() throws Exception {
        String file = backend().newLocation(dir);
        long doc;
        long code;
        try (ProjectStore setup = ProjectStores.create(file, "shared", "alice")) {
            doc = setup.apply(new AddDocument("text", "x".repeat(1000), "en", "txt")).inserted(Table.DOCUMENT);
            code = setup.apply(new CreateCode(null, "Drivers")).inserted(Table.CODE);
        }
        int writers = 4;
        int each = 100;
        List<ProjectStore> stores = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                ProjectStore s = ProjectStores.open(file, "coder" + w);
                stores.add(s);
                int offset = w * each;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        s.apply(new AddCoding(doc, code, offset + i, offset + i + 1));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            ProjectStore any = stores.get(0);
            assertEquals(writers * each, any.codings(CodingFilter.ALL).size());
            List<ChangeLogEntry> log = any.changeLog(Integer.MAX_VALUE);
            assertEquals(2 + writers * each, log.size());
            for (int i = 0; i < log.size(); i++) {
                assertEquals(log.size() - i, log.get(i).seq(), "one gapless sequence");
            }
            ProjectStore last = stores.get(writers - 1);
            stores.forEach(ProjectStore::refresh);
            assertEquals(each, countUndoable(last), "a coder undoes their own codings, and only those: "
                    + last.undoLabel());
            stores.get(0).refresh();
            assertEquals((writers - 1) * each, stores.get(0).codings(CodingFilter.ALL).size());
            assertFalse(stores.get(0).canRedo(), "another coder's undone work is not theirs to redo");
            assertTrue(last.canRedo());
        } finally {
            pool.shutdownNow();
            stores.forEach(ProjectStore::close);
        }
    }

    private static int countUndoable(ProjectStore s) {
        String coding = new AddCoding(1, 1, 0, 1).label().localized();
        int n = 0;
        while (s.canUndo() && s.undoLabel().orElseThrow().equals(coding)) {
            s.undo();
            n++;
        }
        return n;
    }
}
