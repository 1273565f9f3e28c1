package tessera.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.model.Coding;
import tessera.core.ops.AddCoding;
import tessera.core.ops.AddDocument;
import tessera.core.ops.CodeInVivo;

class InVivoAndCoderTest {

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
    void inVivoNamesACodeAfterThePassageAndCodesItInOneUndoStep() {
        // "地方政府" starts at code point 19 of the second line
        int start = StoreFixture.ZH.indexOf("地方政府");
        store.apply(new CodeInVivo(f.zh, f.local, start, start + 4));
        long code = store.codebook().byPath("Drivers/Local/地方政府").orElseThrow().id();
        List<Coding> codings = store.codings(CodingFilter.codes(java.util.Set.of(code)));
        assertEquals(1, codings.size());
        assertEquals(start, codings.get(0).start());
        assertEquals(start + 4, codings.get(0).end());

        store.undo();
        assertTrue(store.codebook().byPath("Drivers/Local/地方政府").isEmpty(), "one undo takes back code and coding");
        assertTrue(store.codings(CodingFilter.document(f.zh)).isEmpty());
    }

    @Test
    void inVivoReusesASiblingOfTheSameNameAndCutsLongPassages() {
        long doc = store.apply(new AddDocument("pair", "交流 and 交流 again", "zh", "txt")).inserted(Table.DOCUMENT);
        store.apply(new CodeInVivo(doc, null, 0, 2));
        store.apply(new CodeInVivo(doc, null, 7, 9));
        long code = store.codebook().byPath("交流").orElseThrow().id();
        assertEquals(2, store.codings(CodingFilter.codes(java.util.Set.of(code))).size());

        String longer = "\uD842\uDFB7".repeat(70);
        assertEquals(CodeInVivo.MAX_NAME, CodeInVivo.nameOf(longer).codePointCount(0, CodeInVivo.nameOf(longer).length()));
        assertTrue(CodeInVivo.nameOf(longer).endsWith("\u2026"));
        assertEquals("a b", CodeInVivo.nameOf("  a \n\t b "));
    }

    @Test
    void blankPassageIsRefusedAndLeavesNothing() {
        long doc = store.apply(new AddDocument("gap", "a   b", "en", "txt")).inserted(Table.DOCUMENT);
        int codes = store.codebook().size();
        assertThrows(StoreException.class, () -> store.apply(new CodeInVivo(doc, null, 1, 4)));
        assertEquals(codes, store.codebook().size());
    }

    @Test
    void changedCoderRecordsLaterCodings() {
        store.apply(new AddCoding(f.zh, f.local, 0, 2));
        store.setCoderName("bob");
        store.apply(new AddCoding(f.zh, f.local, 2, 4));
        List<String> coders = store.codings(CodingFilter.document(f.zh)).stream()
                .map(c -> store.coder(c.coderId()).orElseThrow().name()).toList();
        assertEquals(List.of("alice", "bob"), coders);
        assertThrows(IllegalArgumentException.class, () -> store.setCoderName(" "));
    }

    @Test
    void rowsDecodeTheCodingsOfChangesAndOfReplayedUndo() {
        Applied added = store.apply(new AddCoding(f.zh, f.local, 3, 7));
        Coding stored = store.codings(CodingFilter.document(f.zh)).get(0);
        // the first coding of a coder also inserts the coder: pick the coding's change
        assertEquals(stored, Rows.coding(codingChange(added)));
        Applied undone = store.undo().orElseThrow();
        RowChange delete = codingChange(undone);
        assertEquals(RowChange.Kind.DELETE, delete.kind());
        assertEquals(stored, Rows.coding(delete), "undo's change decodes to the coding it removed");
    }

    private static RowChange codingChange(Applied applied) {
        return applied.changes().stream().filter(c -> c.table() == Table.CODING).findFirst().orElseThrow();
    }
}
