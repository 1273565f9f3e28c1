package tessera.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.ops.AddCoding;
import tessera.core.ops.AddMemo;
import tessera.core.ops.DeleteCode;
import tessera.core.ops.RecodeCoding;
import tessera.core.ops.RemoveCoding;
import tessera.core.model.MemoTarget;

/** The tally kept from the change log equals the database's own counts after every kind of change, undo included. */
class CodingTallyTest {

    @TempDir
    Path dir;

    @Test
    void followsEveryChangeAsTheDatabaseCountsIt() {
        StoreFixture f = new StoreFixture(dir);
        try (ProjectStore s = f.store) {
            CodingTally tally = CodingTally.of(s);
            s.addListener(tally::follow);
            long a = s.apply(new AddCoding(f.zh, f.local, 0, 4)).inserted(Table.CODING);
            s.apply(new AddCoding(f.zh, f.local, 5, 9));
            assertCounts(s, tally);

            CodingTally before = CodingTally.of(s);
            CodingTally.Moved moved = before.follow(s.apply(new AddCoding(f.en, f.global, 0, 6, "bob")));
            assertEquals(Set.of(f.global), moved.codes());
            assertEquals(Set.of(f.en), moved.documents());
            assertTrue(before.follow(s.apply(new AddMemo(MemoTarget.PROJECT, "no coding"))).isEmpty());
            assertCounts(s, tally);

            CodingTally.Moved recoded = CodingTally.of(s).follow(s.apply(new RecodeCoding(a, f.global)));
            assertEquals(Set.of(f.local, f.global), recoded.codes(), "a recoding moves a count between codes");
            assertCounts(s, tally);
            s.apply(new RemoveCoding(a));
            assertCounts(s, tally);
            s.apply(new DeleteCode(f.drivers));
            assertCounts(s, tally);
            assertEquals(0, tally.codingsIn(f.zh));
            s.undo();
            assertCounts(s, tally);
            assertEquals(1, tally.codings(f.local));
            assertEquals(Set.of(f.zh), tally.documents(f.local));
            assertEquals(1, tally.codings(f.global, f.en));
        }
    }

    private static void assertCounts(ProjectStore s, CodingTally tally) {
        assertEquals(s.codingCounts(), tally.perCode());
        assertEquals(s.documentsByCode(), tally.documentsPerCode());
        for (var d : s.documents()) {
            assertEquals(s.codingCountsByDocument().getOrDefault(d.id(), 0), tally.codingsIn(d.id()), d.name());
        }
    }
}
