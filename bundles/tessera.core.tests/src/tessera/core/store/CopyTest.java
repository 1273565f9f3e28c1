package tessera.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.ops.CreateCode;
import tessera.core.sample.SampleProject;

/** A copy of a project to hand to a coder: consistent, complete with its log, taken while the project is open. */
class CopyTest {

    @TempDir
    Path dir;

    @Test
    void aCopyIsTheProjectAsCommittedAndOpensOnItsOwn() throws Exception {
        Path copy = dir.resolve("for-sato.tessera");
        try (ProjectStore store = SampleProject.create(dir.resolve("sample.tessera"), "lead");
                ProjectStore other = ProjectStores.open(store.path(), "cli")) {
            store.apply(new CreateCode(null, "The lead's own"));
            other.apply(new CreateCode(null, "Written by another process"));
            store.copyTo(copy);
            store.apply(new CreateCode(null, "After the copy"));
            try (ProjectStore copied = ProjectStores.open(copy, "lead")) {
                assertEquals("ok", copied.integrityCheck());
                assertEquals(store.documents().size(), copied.documents().size());
                assertEquals(store.codings(CodingFilter.ALL).size(), copied.codings(CodingFilter.ALL).size());
                assertTrue(copied.codebook().byPath("Written by another process").isPresent());
                assertTrue(copied.codebook().byPath("After the copy").isEmpty());
                assertEquals(store.lastSeq() - 1, copied.lastSeq(), "the log comes along: undo works in the copy");
                assertTrue(copied.canUndo(), "the lead's own changes, as in the original");
                assertEquals(store.documents().get(0).guid(), copied.documents().get(0).guid(), "GUIDs kept");
            }
            StoreException e = assertThrows(StoreException.class, () -> store.copyTo(copy));
            assertEquals(StoreException.Reason.ALREADY_EXISTS, e.reason());
            assertThrows(StoreException.class, () -> store.copyTo(dir.resolve("no/such/folder/x.tessera")));
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no part file left");
        }
    }
}
