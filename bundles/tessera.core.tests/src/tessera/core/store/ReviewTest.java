package tessera.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.ops.AddCoding;
import tessera.core.ops.RecordReview;
import tessera.core.ops.RemoveCoding;

class ReviewTest {

    /** Where the project lives; the server suite runs the same tests on PostgreSQL. */
    Backend backend() {
        return Backend.FILE;
    }

    @TempDir
    Path dir;

    @Test
    void reviewIsRecordedReplacedUndoneAndRemovedWithItsCoding() {
        StoreFixture f = new StoreFixture(backend(), dir);
        try (ProjectStore s = f.store) {
            long c = s.apply(new AddCoding(f.zh, f.local, 0, 4)).inserted(Table.CODING);
            s.apply(new RecordReview(c, "Reject", "too broad", "reviewer A"));
            s.apply(new RecordReview(c, "Accept", "fine after all", "reviewer A"));
            assertEquals(1, s.reviews().size());
            assertEquals("Accept", s.reviews().get(0).decision());
            s.undo();
            assertEquals("Reject", s.reviews().get(0).decision());
            assertEquals(c, s.codingByGuid(s.coding(c).orElseThrow().guid()).orElseThrow().id());
            s.apply(new RemoveCoding(c));
            assertTrue(s.reviews().isEmpty());
            s.undo();
            assertEquals("too broad", s.reviews().get(0).comment());
        }
    }
}
