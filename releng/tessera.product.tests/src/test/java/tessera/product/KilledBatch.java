package tessera.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A batch of codings that a test kills with SIGKILL half-way, on a project file or a team project alike: how it
 * starts, when enough has committed to kill it, and what must be in the project afterwards.
 */
final class KilledBatch {

    /** The lines a batch commits at a time (the CLI's CodeCommand.CHUNK): a kill keeps whole chunks only. */
    static final int CHUNK = 1_000;

    /** How a test reads the project behind the launcher's back. */
    @FunctionalInterface
    interface Database {
        Connection open() throws SQLException;
    }

    private KilledBatch() {
    }

    /** Imports a long text, adds the code Drivers, and starts {@code code --batch} of {@code lines} codings on it. */
    static Process start(Path dir, String project, int lines) throws Exception {
        StringBuilder text = new StringBuilder();
        while (text.length() < lines + 100) {
            text.append("城市外交 city diplomacy 都市外交 도시 외교\n");
        }
        Path doc = dir.resolve("long.txt");
        Files.writeString(doc, text, StandardCharsets.UTF_8);
        assertEquals(0, Launcher.run(dir, "import", project, doc.toString()).exit());
        assertEquals(0, Launcher.run(dir, "codes", project, "add", "Drivers").exit());
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            batch.append("long\t").append(i).append('\t').append(i + 2).append("\tDrivers\n");
        }
        Path batchFile = dir.resolve("batch.tsv");
        Files.writeString(batchFile, batch, StandardCharsets.UTF_8);
        return Launcher.builder(dir, "code", project, "--batch", batchFile.toString())
                .redirectOutput(dir.resolve("batch.out").toFile()).redirectError(dir.resolve("batch.err").toFile())
                .start();
    }

    /** Looks until at least {@code count} codings have committed; fails if the batch ends first. */
    static int waitForCodings(Database db, Process process, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the batch ended (exit " + process.exitValue() + ") before it could be killed");
            }
            try (Connection c = db.open(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM coding")) {
                int n = rs.next() ? rs.getInt(1) : 0;
                if (n >= count) {
                    return n;
                }
            } catch (SQLException notYet) {
                // a writer's lock held for a moment, or tables not made yet: look again
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + count + " codings committed in 90 s");
    }

    /**
     * After the kill: the codings are the batch's first lines in order, at least those seen before it, in whole
 * chunks; each has its
     * log entry and no entry lacks its coding; the log is one gapless series; the other process's memo is there.
     */
    static void checkCommitted(Statement s, int seen, int lines) throws SQLException {
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
        assertTrue(n >= seen && n < lines, "killed mid-batch: " + n + " of " + lines + " committed");
        assertEquals(0, n % CHUNK, "the batch commits whole chunks of " + CHUNK + " lines: " + n + " committed");
        Set<Long> logged = new HashSet<>();
        long entries = 0;
        long last = 0;
        try (ResultSet rs = s.executeQuery("SELECT seq, operation, payload FROM change_log ORDER BY seq")) {
            while (rs.next()) {
                entries++;
                last = rs.getLong(1);
                if (!rs.getString(2).equals("coding.add")) {
                    continue;
                }
                for (JsonElement change : JsonParser.parseString(rs.getString(3)).getAsJsonObject()
                        .getAsJsonArray("changes")) {
                    JsonObject o = change.getAsJsonObject();
                    if (o.get("table").getAsString().equals("coding")) {
                        logged.add(o.get("id").getAsLong());
                    }
                }
            }
        }
        assertEquals(codingIds, logged, "every committed coding has its log entry, and no entry lacks its coding");
        assertEquals(entries, last, "the log is one gapless series");
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM memo")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "the other process's memo is there");
        }
    }
}
