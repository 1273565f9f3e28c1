package tessera.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.model.AttributeType;
import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.model.Coding;
import tessera.core.model.MemoTarget;
import tessera.core.ops.AddCoding;
import tessera.core.ops.AddDocument;
import tessera.core.ops.AddMemo;
import tessera.core.ops.CreateCode;
import tessera.core.ops.DefineAttribute;
import tessera.core.ops.DeleteCode;
import tessera.core.ops.MergeCodes;
import tessera.core.ops.MoveCode;
import tessera.core.ops.RecolourCode;
import tessera.core.ops.RemoveDocument;
import tessera.core.ops.RenameCode;
import tessera.core.ops.ResizeCoding;
import tessera.core.ops.SetAttribute;

class OperationsTest {

    /** Where the project lives; the server suite runs the same tests on PostgreSQL. */
    Backend backend() {
        return Backend.FILE;
    }

    @TempDir
    Path dir;
    StoreFixture f;
    ProjectStore store;

    @BeforeEach
    void setUp() {
        f = new StoreFixture(backend(), dir);
        store = f.store;
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void codebookPathsAndOrder() {
        Codebook book = store.codebook();
        assertEquals("Drivers/Local", book.path(f.local));
        assertEquals(f.global, book.byPath("Drivers/Global").orElseThrow().id());
        assertEquals(List.of("Drivers", "Local", "Global"), book.inOrder().stream().map(Code::name).toList());
        store.apply(new MoveCode(f.global, f.drivers, 0));
        assertEquals(List.of("Drivers", "Global", "Local"), store.codebook().inOrder().stream().map(Code::name).toList());
    }

    /**
     * Ids come from a counter read once per transaction and written back before its commit: a batch's rows, the
     * next operation's, a chunk with an operation that fails in the middle (its ids left as a gap) and an undone
     * then redone batch never meet.
     */
    @Test
    void idsStayDistinctAcrossBatchesChunksFailuresAndUndo() {
        List<tessera.core.store.Operation> three = List.of(new AddCoding(f.zh, f.local, 0, 2),
                new AddCoding(f.zh, f.local, 2, 4), new AddCoding(f.zh, f.global, 0, 4));
        store.apply(new tessera.core.ops.Batch("three", three));
        long single = store.apply(new AddCoding(f.en, f.local, 0, 6)).inserted(Table.CODING);
        List<Integer> failedAt = new java.util.ArrayList<>();
        store.applyEach(List.of(new AddCoding(f.en, f.global, 0, 6), new AddCoding(f.en, f.global, 0, 9999),
                new AddCoding(f.en, f.global, 7, 12)), (i, e) -> failedAt.add(i));
        assertEquals(List.of(1), failedAt, "the coding past the text's end fails alone");
        store.undo(); // the chunk's two codings, each its own step
        store.undo();
        store.redo();
        store.redo();
        store.applyEach(List.of(new AddCoding(f.zh, f.local, 5, 6), new AddCoding(f.zh, f.local, 5, 9999)),
                (i, e) -> failedAt.add(i)); // the chunk's last operation fails: the counters are written all the same
        assertEquals(List.of(1, 1), failedAt);
        store.apply(new AddCoding(f.zh, f.global, 5, 7));
        List<Coding> all = store.codings(CodingFilter.ALL);
        assertEquals(8, all.size());
        assertEquals(8, all.stream().map(Coding::id).distinct().count(), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.id() == single));
        assertTrue(all.stream().allMatch(c -> c.id() > 0));
    }

    @Test
    void aNewCodeTakesAColourNoOtherCodeHas() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        store.codebook().inOrder().forEach(c -> seen.add(c.colour()));
        for (int i = 0; i < 5; i++) {
            long id = store.apply(new CreateCode(null, "New " + i)).inserted(Table.CODE);
            String colour = store.code(id).orElseThrow().colour();
            assertTrue(seen.add(colour), colour + " was in use already: " + seen);
        }
        long chosen = store.apply(new CreateCode(null, "Chosen", "#123456", "", true)).inserted(Table.CODE);
        assertEquals("#123456", store.code(chosen).orElseThrow().colour(), "a colour given is kept");
    }

    @Test
    void siblingNamesAreUnique() {
        OperationException e = assertThrows(OperationException.class, () -> store.apply(new CreateCode(f.drivers, "Local")));
        assertTrue(e.getMessage().contains("already exists under Drivers"), e.getMessage());
        assertThrows(OperationException.class, () -> store.apply(new RenameCode(f.global, "Local")));
        store.apply(new CreateCode(null, "Local")); // same name elsewhere is fine
    }

    @Test
    void codeCannotMoveUnderItsOwnSubcode() {
        OperationException e = assertThrows(OperationException.class, () -> store.apply(new MoveCode(f.drivers, f.local)));
        assertTrue(e.getMessage().contains("under itself"), e.getMessage());
    }

    @Test
    void codingRangesMustLieInTheDocument() {
        int length = StoreFixture.ZH.codePointCount(0, StoreFixture.ZH.length());
        store.apply(new AddCoding(f.zh, f.local, 0, length));
        assertThrows(OperationException.class, () -> store.apply(new AddCoding(f.zh, f.local, 0, length + 1)));
        assertThrows(OperationException.class, () -> store.apply(new AddCoding(f.zh, f.local, 5, 5)));
        assertThrows(OperationException.class, () -> store.apply(new AddCoding(f.zh, f.local, -1, 3)));
        assertThrows(OperationException.class, () -> store.apply(new AddCoding(f.zh, f.local, 0, length)), "duplicate");
        assertEquals(1, store.codings(CodingFilter.ALL).size());
    }

    @Test
    void codingRecordsTheCoderAndCreatesHimOnce() {
        store.apply(new AddCoding(f.zh, f.local, 0, 4, "bob"));
        store.apply(new AddCoding(f.zh, f.global, 0, 4, "bob"));
        store.apply(new AddCoding(f.zh, f.global, 0, 4));
        assertEquals(List.of("alice", "bob"), store.coders().stream().map(c -> c.name()).toList());
        long bob = store.coderByName("bob").orElseThrow().id();
        assertEquals(2, store.codings(new CodingFilter(null, null, bob)).size());
    }

    @Test
    void categoryCodesCannotBeApplied() {
        long category = store.apply(new CreateCode(null, "Roles", null, "", false)).inserted(Table.CODE);
        assertThrows(OperationException.class, () -> store.apply(new AddCoding(f.zh, category, 0, 2)));
    }

    @Test
    void failedOperationWritesNothing() {
        long before = store.lastSeq();
        int codes = store.codes().size();
        Operation half = new Operation() {
            @Override
            public String type() {
                return "test.half";
            }

            @Override
            public tessera.core.model.Label label() {
                return tessera.core.model.Label.literal("half");
            }

            @Override
            public void apply(Tx tx) {
                new CreateCode(null, "Orphan").apply(tx);
                throw new OperationException("fails after writing");
            }
        };
        assertThrows(OperationException.class, () -> store.apply(half));
        assertEquals(before, store.lastSeq());
        assertEquals(codes, store.codes().size());
        assertTrue(store.codebook().byPath("Orphan").isEmpty());
    }

    @Test
    void attributesAreTypedAndCanonical() {
        long year = store.apply(new DefineAttribute("year", AttributeType.NUMBER)).inserted(Table.ATTRIBUTE);
        store.apply(new SetAttribute(f.zh, year, " 2016.0 "));
        assertEquals("2016", store.attributeValues().get(0).value());
        OperationException e = assertThrows(OperationException.class, () -> store.apply(new SetAttribute(f.zh, year, "soon")));
        assertTrue(e.getMessage().contains("year: 'soon' is not a number"), e.getMessage());
        store.apply(new SetAttribute(f.zh, year, ""));
        assertTrue(store.attributeValues().isEmpty());
        assertThrows(OperationException.class, () -> store.apply(new DefineAttribute("year", AttributeType.TEXT)));
    }

    @Test
    void mergeMovesCodingsMemosAndSubcodesAndDropsDuplicates() {
        long sub = store.apply(new CreateCode(f.global, "Trade")).inserted(Table.CODE);
        long a = store.apply(new AddCoding(f.zh, f.global, 0, 4)).inserted(Table.CODING);
        long keep = store.apply(new AddCoding(f.zh, f.local, 0, 4)).inserted(Table.CODING);
        store.apply(new AddCoding(f.zh, f.global, 5, 9));
        store.apply(new AddMemo(MemoTarget.coding(a), "memo on the duplicate"));
        store.apply(new AddMemo(MemoTarget.code(f.global), "memo on the code"));

        store.apply(new MergeCodes(f.global, f.local));

        assertTrue(store.code(f.global).isEmpty());
        assertEquals(f.local, store.code(sub).orElseThrow().parentId());
        List<Coding> codings = store.codings(CodingFilter.codes(Set.of(f.local)));
        assertEquals(2, codings.size());
        assertEquals(1, store.memos(MemoTarget.coding(keep)).size());
        assertEquals(1, store.memos(MemoTarget.code(f.local)).size());
    }

    @Test
    void mergeIntoOwnSubcodeIsRefused() {
        assertThrows(OperationException.class, () -> store.apply(new MergeCodes(f.drivers, f.local)));
    }

    @Test
    void removingADocumentRemovesWhatHangsOnIt() {
        long year = store.apply(new DefineAttribute("year", AttributeType.NUMBER)).inserted(Table.ATTRIBUTE);
        store.apply(new SetAttribute(f.zh, year, "2016"));
        long c = store.apply(new AddCoding(f.zh, f.local, 0, 4)).inserted(Table.CODING);
        store.apply(new AddMemo(MemoTarget.coding(c), "x"));
        store.apply(new AddMemo(MemoTarget.document(f.zh), "y"));
        store.apply(new RemoveDocument(f.zh));
        assertTrue(store.document(f.zh).isEmpty());
        assertTrue(store.codings(CodingFilter.ALL).isEmpty());
        assertTrue(store.attributeValues().isEmpty());
        assertEquals("Sister cities link Kitakyushu and Dalian.\r\nTrade follows friendship.", store.text(f.en));
    }

    @Test
    void documentNamesAreUnique() {
        assertThrows(OperationException.class, () -> store.apply(new AddDocument("zh", "other", "zh", "txt")));
    }

    @Test
    void resizeAndRecolourAreChecked() {
        long c = store.apply(new AddCoding(f.zh, f.local, 2, 4)).inserted(Table.CODING);
        store.apply(new ResizeCoding(c, 0, 9));
        assertEquals(9, store.coding(c).orElseThrow().end());
        assertThrows(OperationException.class, () -> store.apply(new ResizeCoding(c, 3, 1)));
        assertThrows(OperationException.class, () -> store.apply(new RecolourCode(f.local, "red")));
        store.apply(new RecolourCode(f.local, "#AABBCC"));
        assertEquals("#aabbcc", store.code(f.local).orElseThrow().colour());
    }

    @Test
    void deleteCodeNeedsNoOrphans() {
        store.apply(new AddCoding(f.zh, f.local, 0, 4));
        store.apply(new DeleteCode(f.drivers));
        assertEquals(0, store.codes().size());
        assertEquals(0, store.codings(CodingFilter.ALL).size());
        assertFalse(store.integrityCheck().isEmpty());
        assertEquals("ok", store.integrityCheck());
    }
}
