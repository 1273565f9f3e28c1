package tessera.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The product's launcher on a team project: the command line reaches the server (its driver is on the launcher's
 * class path), and a client killed with SIGKILL in the middle of a batch leaves exactly the operations that
 * committed, each with its log entry, while another process writes meanwhile. Needs the server ./run-tests starts.
 */
class LauncherServerTest {

    static final int LINES = 3_000;

    @TempDir
    Path dir;

    @Test
    void theCommandLineOnATeamProject() throws Exception {
        String team = newDatabase();
        Launcher.Result made = Launcher.run(dir, "new", team, "--name", "Team", "--json");
        assertEquals(0, made.exit(), made.err());
        assertEquals(0, Launcher.run(dir, "codes", team, "add", "Drivers").exit());
        Launcher.Result codes = Launcher.run(dir, "codes", team, "--json");
        assertEquals(0, codes.exit(), codes.err());
        assertTrue(codes.out().contains("Drivers"), codes.out());
        Launcher.Result log = Launcher.run(dir, "log", team, "--json");
        assertEquals("tester", log.json().getAsJsonArray().get(0).getAsJsonObject().get("coder").getAsString(),
                "TESSERA_CODER names the coder");
    }

    @Test
    void sigkillDuringBatchOnTheServerLeavesExactlyTheCommittedOperations() throws Exception {
        String team = newDatabase();
        assertEquals(0, Launcher.run(dir, "new", team).exit());
        StringBuilder text = new StringBuilder();
        while (text.length() < LINES + 100) {
            text.append("城市外交 city diplomacy 都市外交 도시 외교\n");
        }
        Path doc = dir.resolve("long.txt");
        Files.writeString(doc, text, StandardCharsets.UTF_8);
        assertEquals(0, Launcher.run(dir, "import", team, doc.toString()).exit());
        assertEquals(0, Launcher.run(dir, "codes", team, "add", "Drivers").exit());
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            batch.append("long\t").append(i).append('\t').append(i + 2).append("\tDrivers\n");
        }
        Path batchFile = dir.resolve("batch.tsv");
        Files.writeString(batchFile, batch, StandardCharsets.UTF_8);
        Process coding = Launcher.builder(dir, "code", team, "--batch", batchFile.toString())
                .redirectOutput(dir.resolve("batch.out").toFile()).redirectError(dir.resolve("batch.err").toFile())
                .start();
        int seen = waitForCodings(team, coding, 100);
        Launcher.Result second = Launcher.run(dir, "memo", team, "add", "written during the batch");
        assertEquals(0, second.exit(), "another coder writes meanwhile: " + second.err());
        coding.destroyForcibly(); // SIGKILL
        assertTrue(coding.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, coding.exitValue(), "killed by SIGKILL");

        try (Connection c = connect(team); Statement s = c.createStatement()) {
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
        Launcher.Result check = Launcher.run(dir, "check", team, "--json");
        assertEquals(0, check.exit(), check.err());
    }

    /** Four coders' command lines, each coding 100 passages one by one, at once: every coding kept, the log gapless. */
    @Test
    void fourCodersAtOnceEachAHundredCodings() throws Exception {
        String team = newDatabase();
        assertEquals(0, Launcher.run(dir, "new", team).exit());
        Path doc = dir.resolve("text.txt");
        Files.writeString(doc, "城市外交".repeat(200), StandardCharsets.UTF_8);
        assertEquals(0, Launcher.run(dir, "import", team, doc.toString()).exit());
        assertEquals(0, Launcher.run(dir, "codes", team, "add", "Drivers").exit());
        java.util.List<Process> coders = new java.util.ArrayList<>();
        for (int w = 0; w < 4; w++) {
            StringBuilder batch = new StringBuilder();
            for (int i = 0; i < 100; i++) {
                int start = w * 100 + i;
                batch.append("text\t").append(start).append('\t').append(start + 1).append("\tDrivers\n");
            }
            Path file = dir.resolve("batch" + w + ".tsv");
            Files.writeString(file, batch, StandardCharsets.UTF_8);
            ProcessBuilder pb = Launcher.builder(dir, "code", team, "--batch", file.toString());
            pb.environment().put("TESSERA_CODER", "coder" + w);
            coders.add(pb.redirectOutput(dir.resolve("w" + w + ".out").toFile())
                    .redirectError(dir.resolve("w" + w + ".err").toFile()).start());
        }
        for (Process p : coders) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), Files.readString(dir.resolve("w" + coders.indexOf(p) + ".err")));
        }
        try (Connection c = connect(team); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT start_cp) FROM coding")) {
                rs.next();
                assertEquals(400, rs.getInt(1));
                assertEquals(400, rs.getInt(2), "each passage once");
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(seq) FROM change_log")) {
                rs.next();
                assertEquals(rs.getLong(1), rs.getLong(2), "one gapless log");
            }
            try (ResultSet rs = s.executeQuery("SELECT coder, COUNT(*) FROM change_log WHERE operation = 'coding.add'"
                    + " GROUP BY coder ORDER BY coder")) {
                for (int w = 0; w < 4; w++) {
                    assertTrue(rs.next());
                    assertEquals("coder" + w, rs.getString(1));
                    assertEquals(100, rs.getInt(2));
                }
            }
        }
    }

    private static int waitForCodings(String team, Process process, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the batch ended (exit " + process.exitValue() + ") before it could be killed");
            }
            try (Connection c = connect(team); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM coding")) {
                int n = rs.next() ? rs.getInt(1) : 0;
                if (n >= count) {
                    return n;
                }
            } catch (SQLException notYet) {
                // the tables are made by the first run: look again
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + count + " codings committed in 90 s");
    }

    /** The test server's administrator address (its password in PGPASSFILE, which the driver reads). */
    private static URI admin() {
        String admin = System.getenv("TESSERA_TEST_POSTGRES");
        if (admin == null || admin.isBlank()) {
            fail("no PostgreSQL test server: ./run-tests starts one and names it in TESSERA_TEST_POSTGRES");
        }
        return URI.create(admin);
    }

    private static Connection connect(String address) throws SQLException {
        URI u = URI.create(address);
        Properties p = new Properties();
        p.setProperty("user", u.getUserInfo());
        return new org.postgresql.Driver().connect("jdbc:postgresql://" + u.getHost() + ":" + u.getPort() + u.getPath(),
                p);
    }

    private static String newDatabase() throws SQLException {
        URI a = admin();
        String name = "tessera_launcher_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 1_000_000;
        try (Connection c = connect(a.toString()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return "postgresql://" + a.getUserInfo() + "@" + a.getHost() + ":" + a.getPort() + "/" + name;
    }
}
