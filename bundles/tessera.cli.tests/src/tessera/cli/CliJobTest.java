package tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/** Long CLI work runs on a worker: cancelling it stops the work between steps and keeps what was done. */
class CliJobTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CliContext ctx = new CliContext(new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8), false, "tester");

    @Test
    void cancelStopsBetweenSteps() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        NullProgressMonitor cancel = new NullProgressMonitor();
        Thread canceller = new Thread(() -> {
            try {
                started.await(10, TimeUnit.SECONDS);
                cancel.setCanceled(true); // what Ctrl-C does
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        canceller.start();
        int steps = CliJob.run("long work", ctx, cancel, monitor -> {
            int done = 0;
            while (!monitor.isCanceled() && done < 1_000_000) {
                done++;
                started.countDown();
                Thread.sleep(1);
            }
            return done;
        });
        canceller.join();
        assertTrue(steps < 1_000_000, "stopped early after " + steps + " steps");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("long work cancelled"));
    }

    @Test
    void failuresReachTheCaller() {
        CliFailure e = assertThrows(CliFailure.class, () -> CliJob.run("failing", ctx, monitor -> {
            throw new CliFailure("no such file");
        }));
        assertEquals("no such file", e.getMessage());
    }
}
