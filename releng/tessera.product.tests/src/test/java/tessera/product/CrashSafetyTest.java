package tessera.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * Kills the CLI with SIGKILL in the middle of a batch of 200,000 codings (committed 1,000 lines at a time), while a
 * second process writes to the same project: the file must pass SQLite's integrity check and hold exactly the
 * chunks that committed, each coding with its change-log entry, in batch order, and the other process's change.
 */
class CrashSafetyTest {

    /** Enough lines that the batch, at bulk speed, is still running when the test kills it. */
    static final int LINES = 200_000;

    @TempDir
    Path dir;

    @Test
    void sigkillDuringBatchLeavesExactlyTheCommittedOperations() throws Exception {
        Path project = dir.resolve("crash.tessera");
        assertEquals(0, Launcher.run(dir, "new", project.toString()).exit());
        Process coding = KilledBatch.start(dir, project.toString(), LINES);
        int seen = KilledBatch.waitForCodings(() -> DriverManager.getConnection("jdbc:sqlite:file:" + project
                + "?mode=ro"), coding, 300);

        // another process (the workbench, another command) reads and writes the project meanwhile
        Launcher.Result second = Launcher.run(dir, "memo", project.toString(), "add", "written during the batch");
        assertEquals(0, second.exit(), "a second process writes to a project in use: " + second.err());
        assertTrue(Launcher.run(dir, "docs", project.toString()).out().contains("long"));

        coding.destroyForcibly(); // SIGKILL
        assertTrue(coding.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, coding.exitValue(), "killed by SIGKILL");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
            KilledBatch.checkCommitted(s, seen, LINES);
        }

        Launcher.Result check = Launcher.run(dir, "check", project.toString(), "--json");
        assertEquals(0, check.exit(), check.err());
        JsonObject o = check.json().getAsJsonObject();
        assertEquals("ok", o.get("integrity").getAsString());
        assertTrue(o.get("codings").getAsInt() >= seen);
    }
}
