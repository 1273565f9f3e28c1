package tessera.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Kills the CLI with SIGKILL in the middle of a batch of 10,000 codings, while a second process writes to the same
 * project: the file must pass SQLite's integrity check and hold exactly the codings that committed, each with its
 * change-log entry, in batch order, and the other process's change.
 */
class CrashSafetyTest {

    static final int LINES = 10_000;

    @TempDir
    Path dir;

    @Test
    void sigkillDuringBatchLeavesExactlyTheCommittedOperations() throws Exception {
        Path project = dir.resolve("crash.tessera");
        assertEquals(0, Launcher.run(dir, "new", project.toString()).exit());
        StringBuilder text = new StringBuilder();
        while (text.length() < LINES + 100) {
            text.append("城市外交 city diplomacy 都市外交 도시 외교\n");
        }
        Path doc = dir.resolve("long.txt");
        Files.writeString(doc, text, StandardCharsets.UTF_8);
        assertEquals(0, Launcher.run(dir, "import", project.toString(), doc.toString()).exit());
        assertEquals(0, Launcher.run(dir, "codes", project.toString(), "add", "Drivers").exit());
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            batch.append("long\t").append(i).append('\t').append(i + 2).append("\tDrivers\n");
        }
        Path batchFile = dir.resolve("batch.tsv");
        Files.writeString(batchFile, batch, StandardCharsets.UTF_8);

        Process coding = Launcher.builder(dir, "code", project.toString(), "--batch", batchFile.toString())
                .redirectOutput(dir.resolve("batch.out").toFile()).redirectError(dir.resolve("batch.err").toFile()).start();
        int seen = waitForCodings(project, coding, 300);

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
            Set<Long> codingIds = new HashSet<>();
            int n = 0;
            try (ResultSet rs = s.executeQuery("SELECT id, start_cp, end_cp FROM coding ORDER BY id")) {
                while (rs.next()) {
                    assertEquals(n, rs.getInt(2), "codings are the batch's first lines, in order");
                    assertEquals(n + 2, rs.getInt(3));
                    codingIds.add(rs.getLong(1));
                    n++;
                }
            }
            assertTrue(n >= seen && n < LINES, "killed mid-batch: " + n + " of " + LINES + " committed");
            Set<Long> logged = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT payload FROM change_log WHERE operation = 'coding.add'")) {
                while (rs.next()) {
                    for (JsonElement change : JsonParser.parseString(rs.getString(1)).getAsJsonObject()
                            .getAsJsonArray("changes")) {
                        JsonObject o = change.getAsJsonObject();
                        if (o.get("table").getAsString().equals("coding")) {
                            logged.add(o.get("id").getAsLong());
                        }
                    }
                }
            }
            assertEquals(codingIds, logged, "every committed coding has its log entry, and no entry lacks its coding");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM memo")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the other process's memo is there");
            }
        }

        Launcher.Result check = Launcher.run(dir, "check", project.toString(), "--json");
        assertEquals(0, check.exit(), check.err());
        JsonObject o = check.json().getAsJsonObject();
        assertEquals("ok", o.get("integrity").getAsString());
        assertTrue(o.get("codings").getAsInt() >= seen);
    }

    /** Polls the file read-only until at least {@code count} codings have committed. */
    private static int waitForCodings(Path project, Process process, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the batch ended (exit " + process.exitValue() + ") before it could be killed");
            }
            if (Files.exists(project)) {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + project + "?mode=ro");
                        Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM coding")) {
                    int n = rs.next() ? rs.getInt(1) : 0;
                    if (n >= count) {
                        return n;
                    }
                } catch (java.sql.SQLException busy) {
                    // the writer holds a lock for a moment: look again
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + count + " codings committed in 90 s");
    }
}
