package tessera.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import tessera.core.ops.AddDocument;

/** A failed index update is never lost: replayed with the next change, said aloud, or rebuilt at the next open. */
class IndexFailureTest extends IndexTestBase {

    private int hits(String q) {
        return index.search(q, SearchOptions.DEFAULT).total();
    }

    @Test
    void aChangeAfterAFailedUpdateBringsTheMissedOneIn() {
        index.faultsToInject = 1;
        f.store.apply(new AddDocument("first", "Wollongong signed first.", "en", "txt"));
        f.store.apply(new AddDocument("second", "Ballarat signed second.", "en", "txt"));
        assertEquals(1, hits("Wollongong"), "the failed change was replayed before the next one");
        assertEquals(1, hits("Ballarat"));
        assertEquals(f.store.lastSeq(), index.seq());

        index.close();
        index = ProjectIndex.open(f.store);
        assertEquals("current", index.openedBecause());
        assertEquals(1, hits("Wollongong"));
    }

    @Test
    void anIndexThatCannotCatchUpSaysSoAndIsRebuiltAtTheNextOpen() {
        long before = index.seq();
        index.faultsToInject = 1_000;
        f.store.apply(new AddDocument("first", "Wollongong signed first.", "en", "txt"));
        f.store.apply(new AddDocument("second", "Ballarat signed second.", "en", "txt"));
        IndexUnavailableException e = assertThrows(IndexUnavailableException.class, () -> hits("Ballarat"));
        assertTrue(e.getMessage().contains(Long.toString(before + 1)), e.getMessage());
        assertEquals(before, index.seq(), "the later change did not overwrite the missed one");

        index.close();
        index = ProjectIndex.open(f.store);
        assertNotEquals("current", index.openedBecause(), "an index that missed a change is not reused");
        assertEquals(1, hits("Wollongong"));
        assertEquals(1, hits("Ballarat"));
    }

    @Test
    void aPassingFailureHealsBeforeTheNextSearch() {
        index.faultsToInject = 1;
        f.store.apply(new AddDocument("only", "Toowoomba alone.", "en", "txt"));
        assertEquals(1, hits("Toowoomba"), "the search replays what the last update missed");
        assertEquals(f.store.lastSeq(), index.seq());
    }

    @Test
    void anIndexInUseElsewhereIsSaidSoAndLeftAlone() throws Exception {
        long units = index.units();
        IndexUnavailableException e = assertThrows(IndexUnavailableException.class, () -> ProjectIndex.open(f.store));
        assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
        assertEquals(units, index.units(), "the index in use is untouched");
        assertTrue(hits("城市") > 0, "and it still searches");
    }
}
