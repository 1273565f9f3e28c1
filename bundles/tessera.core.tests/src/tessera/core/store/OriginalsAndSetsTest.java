package tessera.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.model.Document;
import tessera.core.model.ItemSet;
import tessera.core.model.OriginalFile;
import tessera.core.ops.AddDocument;
import tessera.core.ops.ChangeSetMembers;
import tessera.core.ops.CreateCode;
import tessera.core.ops.CreateSet;
import tessera.core.ops.DeleteCode;
import tessera.core.ops.DeleteSet;
import tessera.core.ops.ImportProject;
import tessera.core.ops.MergeCodebook;
import tessera.core.ops.MergeCodes;
import tessera.core.ops.RemoveDocument;

/** Schema 3: original files and page starts kept with documents, sets of documents and codes, codebook merges. */
class OriginalsAndSetsTest {

    /** Where the project lives; the server suite runs the same tests on PostgreSQL. */
    Backend backend() {
        return Backend.FILE;
    }

    @TempDir
    Path dir;

    private static final byte[] PDF = "%PDF-1.7 stand-in bytes \u57ce\u5e02".getBytes(StandardCharsets.UTF_8);

    @Test
    void originalsAndPagesAreKeptOnceAndSurviveRemoveAndUndo() {
        try (ProjectStore s = backend().create(dir, "o", "alice")) {
            String text = "page one\npage \uD842\uDFB7 two";
            long a = s.apply(new AddDocument("a", text, "en", "pdf", new OriginalFile("a.pdf", PDF), List.of(0, 9)))
                    .inserted(Table.DOCUMENT);
            long b = s.apply(new AddDocument("b", text, "en", "pdf", new OriginalFile("copy.pdf", PDF), List.of(0)))
                    .inserted(Table.DOCUMENT);
            Document doc = s.document(a).orElseThrow();
            assertEquals(List.of(0, 9), doc.pageStarts());
            assertEquals(2, doc.pageAt(10));
            assertEquals(1, doc.pageAt(8));
            assertArrayEquals(PDF, s.original(a).orElseThrow().content());
            assertEquals("copy.pdf", s.original(b).orElseThrow().name());
            assertEquals(List.of(1), ((JdbcProjectStore) s).query("SELECT COUNT(*) FROM original_file",
                    rs -> rs.getInt(1)), "the same bytes are kept once");
            assertEquals(List.of(1), ((JdbcProjectStore) s).query("SELECT COUNT(*) FROM text_content",
                    rs -> rs.getInt(1)), "the same text is kept once");
            s.apply(new RemoveDocument(a));
            assertTrue(s.original(a).isEmpty());
            s.undo();
            assertArrayEquals(PDF, s.original(a).orElseThrow().content());
            assertEquals(List.of(0, 9), s.document(a).orElseThrow().pageStarts());

            long seq = s.lastSeq();
            for (List<Integer> bad : List.of(List.of(1), List.of(0, 0), List.of(0, 99))) {
                assertThrows(OperationException.class, () -> s.apply(new AddDocument("bad", text, "en", "pdf",
                        new OriginalFile("bad.pdf", new byte[] {1, 2}), bad)), bad.toString());
            }
            assertEquals(seq, s.lastSeq());
            assertTrue(s.documentByName("bad").isEmpty());
        }
    }

    @Test
    void setMembershipFollowsRemovalsMergesAndUndo() {
        StoreFixture f = new StoreFixture(backend(), dir);
        ProjectStore s = f.store;
        long set = s.apply(new CreateSet("Chinese sources", "")).inserted(Table.SET);
        s.apply(new ChangeSetMembers(set, true, List.of(f.zh, f.en), List.of(f.local)));
        s.apply(new ChangeSetMembers(set, true, List.of(f.zh), List.of()));
        assertEquals(List.of(f.zh, f.en), only(s).documentIds(), "adding twice changes nothing");
        assertThrows(OperationException.class, () -> s.apply(new CreateSet("Chinese sources", "")));

        s.apply(new RemoveDocument(f.en));
        assertEquals(List.of(f.zh), only(s).documentIds());
        s.undo();
        assertEquals(List.of(f.zh, f.en), only(s).documentIds());

        s.apply(new MergeCodes(f.local, f.global));
        assertEquals(List.of(f.global), only(s).codeIds(), "the merged code's memberships move to the target");
        s.undo();
        assertEquals(List.of(f.local), only(s).codeIds());

        s.apply(new DeleteCode(f.drivers));
        assertTrue(only(s).codeIds().isEmpty());
        s.undo();

        s.apply(new ChangeSetMembers(set, false, List.of(f.zh), List.of()));
        assertEquals(List.of(f.en), only(s).documentIds());
        s.apply(new DeleteSet(set));
        assertTrue(s.sets().isEmpty());
        s.undo();
        assertEquals(List.of(f.en), only(s).documentIds());
        assertEquals(List.of(f.local), only(s).codeIds());
        s.close();
    }

    private static ItemSet only(ProjectReader s) {
        assertEquals(1, s.sets().size());
        return s.sets().get(0);
    }

    @Test
    void aCodebookMergesByGuidThenByNameAndKeepsWhatTheProjectHas() {
        StoreFixture f = new StoreFixture(backend(), dir);
        ProjectStore s = f.store;
        String localGuid = s.code(f.local).orElseThrow().guid();
        String localColour = s.code(f.local).orElseThrow().colour();
        long size = s.codebook().size();
        var incomingLocal = new ImportProject.CodeNode(localGuid.toUpperCase(), "Local level", true, "#000000",
                "Cities and provinces", List.of(new ImportProject.CodeNode("aaaaaaaa-0000-0000-0000-000000000001",
                        "Sister cities", true, "#112233", "", List.of())));
        var incomingDrivers = new ImportProject.CodeNode("aaaaaaaa-0000-0000-0000-000000000002", "Drivers", false,
                "#445566", "Why cities cooperate", List.of(incomingLocal));
        var modes = new ImportProject.CodeNode("aaaaaaaa-0000-0000-0000-000000000003", "Modes", true, "#778899",
                "", List.of());
        var set = new ImportProject.SetDef("aaaaaaaa-0000-0000-0000-000000000004", "Levels", "",
                List.of(localGuid.toUpperCase(), "aaaaaaaa-0000-0000-0000-000000000001"));
        s.apply(new MergeCodebook("levels.qdc", List.of(incomingDrivers, modes), List.of(set)));

        var book = s.codebook();
        assertEquals(size + 2, book.size(), "Sister cities and Modes are new; Drivers and Local matched");
        assertEquals("Local", s.code(f.local).orElseThrow().name(), "a match keeps the project's name");
        assertEquals(localColour, s.code(f.local).orElseThrow().colour());
        assertEquals("Cities and provinces", s.code(f.local).orElseThrow().description(), "an empty description is filled");
        assertEquals("Why cities cooperate", s.code(f.drivers).orElseThrow().description());
        long sister = book.byPath("Drivers/Local/Sister cities").orElseThrow().id();
        assertEquals("#112233", s.code(sister).orElseThrow().colour());
        assertEquals("aaaaaaaa-0000-0000-0000-000000000001", s.code(sister).orElseThrow().guid());
        assertEquals(List.of(f.local, sister), only(s).codeIds());

        s.apply(new MergeCodebook("levels.qdc", List.of(incomingDrivers, modes), List.of(set)));
        assertEquals(size + 2, s.codebook().size(), "merging the same codebook again adds nothing");
        assertEquals(2, only(s).codeIds().size());
        while (s.undoLabel().orElse("").contains("levels.qdc")) {
            s.undo();
        }
        assertEquals(size, s.codebook().size());
        assertTrue(s.sets().isEmpty());
        assertEquals("", s.code(f.local).orElseThrow().description());
        s.close();
    }
}
