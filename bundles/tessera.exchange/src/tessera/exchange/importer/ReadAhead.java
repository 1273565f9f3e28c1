package tessera.exchange.importer;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the files of an import on a few threads ahead of the store, and hands them back in the order given: while
 * one chunk is written to the project the next files are being parsed, and on several cores several at once.
 * At most one file more than there are threads are read and not yet taken, so memory stays that of a few files.
 */
final class ReadAhead implements AutoCloseable {

    /** A file's read, or why it could not be read. */
    record Outcome(DocumentImporter.Read read, Exception failure) {
    }

    interface Reader {
        DocumentImporter.Read read(Path file) throws Exception;
    }

    private final ExecutorService pool;
    private final Iterator<Path> files;
    private final Reader reader;
    private final Deque<Future<Outcome>> pending = new ArrayDeque<>();
    private final int ahead;

    ReadAhead(List<Path> files, Reader reader) {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tessera-import-read");
            t.setDaemon(true);
            return t;
        });
        this.files = files.iterator();
        this.reader = reader;
        this.ahead = threads + 1;
        fill();
    }

    /** The next file's outcome, in the order given; waits for it when it is still being read. */
    Outcome next() throws InterruptedException {
        Future<Outcome> next = pending.poll();
        if (next == null) {
            throw new IllegalStateException("no file left");
        }
        fill();
        try {
            return next.get();
        } catch (ExecutionException e) { // only an Error gets here: every exception is an outcome
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void fill() {
        while (pending.size() < ahead && files.hasNext()) {
            Path file = files.next();
            pending.add(pool.submit(() -> {
                try {
                    return new Outcome(reader.read(file), null);
                } catch (Exception e) {
                    return new Outcome(null, e);
                }
            }));
        }
    }

    /** Stops reading: files not yet started are never read. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
