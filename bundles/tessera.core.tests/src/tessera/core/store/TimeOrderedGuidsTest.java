package tessera.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedGuidsTest {

    /** RFC 9562's example: 2022-02-22 19:22:22 UTC (1645557742000 ms) gives 017f22e2-79b0-7cc3-98c4-dc0c0c07398f. */
    @Test
    void laysOutTimeVersionAndVariantAsTheRfcExample() {
        UUID u = TimeOrderedGuids.of(0x017F22E279B0L, 0xCC3L, 0x18C4DC0C0C07398FL);
        assertEquals("017f22e2-79b0-7cc3-98c4-dc0c0c07398f", u.toString());
        assertEquals(7, u.version());
        assertEquals(2, u.variant());
    }

    /** GUIDs made later sort later (by their text, as an index orders them), and none repeats. */
    @Test
    void laterGuidsSortLaterAndAreUnique() throws Exception {
        Set<String> seen = new HashSet<>();
        String earlier = Tx.newGuid();
        Thread.sleep(2);
        for (int i = 0; i < 100_000; i++) {
            String g = Tx.newGuid();
            assertTrue(seen.add(g), "unique");
            assertTrue(g.compareTo(earlier) > 0, g + " after " + earlier);
        }
        assertEquals(36, earlier.length());
    }
}
