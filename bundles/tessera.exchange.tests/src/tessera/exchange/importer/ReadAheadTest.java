package tessera.exchange.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import tessera.core.ops.AddDocument;

/** Files read ahead on several threads come back in the order given, failures in their place, and few at once. */
class ReadAheadTest {

    @Test
    void outcomesComeInTheOrderGivenWhateverTheReadingTime() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            files.add(Path.of("f" + i + ".txt"));
        }
        AtomicInteger reading = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<String> names = new ArrayList<>();
        try (ReadAhead reads = new ReadAhead(files, file -> {
            most.accumulateAndGet(reading.incrementAndGet(), Math::max);
            try {
                int i = Integer.parseInt(file.toString().replaceAll("\\D", ""));
                Thread.sleep(i % 3 == 0 ? 30 : 1); // every third file is slow
                if (i % 7 == 6) {
                    throw new IOException("broken " + file);
                }
                return new DocumentImporter.Read(new AddDocument(file.toString(), "text", "en", "txt"), "UTF-8");
            } finally {
                reading.decrementAndGet();
            }
        })) {
            for (Path f : files) {
                ReadAhead.Outcome o = reads.next();
                names.add(o.read() != null ? o.read().op().name() : o.failure().getMessage());
            }
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            expected.add(i % 7 == 6 ? "broken f" + i + ".txt" : "f" + i + ".txt");
        }
        assertEquals(expected, names);
        assertTrue(most.get() <= Math.min(4, Runtime.getRuntime().availableProcessors()), "at most one read a thread");
    }
}
