package tessera.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TimestampsTest {

    /** Every instant Tessera writes (cut to milliseconds) reads back as itself, as Instant.parse reads it. */
    @Test
    void readsWhatTesseraWritesAsInstantParseDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            long millis = random.nextLong(-2_000_000_000_000L, 8_000_000_000_000L);
            if (i % 5 == 0) {
                millis -= Math.floorMod(millis, 1000); // whole seconds print without a fraction
            }
            String text = Instant.ofEpochMilli(millis).toString();
            assertEquals(Instant.parse(text), Timestamps.parse(text), text);
        }
    }

    @Test
    void otherFormsGoToTheGeneralParser() {
        for (String text : new String[] {"2026-11-30T19:04:05.123456Z", "2026-11-30T19:04:05.1Z",
                "2026-11-30T19:04:05+08:00", "+12026-11-30T19:04:05Z", "2024-02-29T23:59:59.999Z"}) {
            assertEquals(Instant.parse(text), Timestamps.parse(text), text);
        }
    }

    @Test
    void malformedTimestampsFailAsInstantParseFails() {
        for (String text : new String[] {"2026-13-30T19:04:05Z", "2026-02-30T19:04:05Z", "2026-11-30T24:04:05Z",
                "2026-11-30T19:04:6xZ", "2026-11-30T19:04:05.12xZ", "yesterday"}) {
            assertThrows(DateTimeParseException.class, () -> Timestamps.parse(text), text);
        }
    }
}
