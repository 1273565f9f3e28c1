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
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's launcher on a team project: the command line reaches the server (its driver is on the launcher's
 * class path), and a client killed with SIGKILL in the middle of a batch leaves exactly the operations that
 * committed, each with its log entry, while another process writes meanwhile. Needs the server ./run-tests starts.
 */
class LauncherServerTest {

    /** Enough lines that the batch, at bulk speed, is still running when the test kills it. */
    static final int LINES = 200_000;

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
        Process coding = KilledBatch.start(dir, team, LINES);
        int seen = KilledBatch.waitForCodings(() -> connect(team), coding, 100);
        Launcher.Result second = Launcher.run(dir, "memo", team, "add", "written during the batch");
        assertEquals(0, second.exit(), "another coder writes meanwhile: " + second.err());
        coding.destroyForcibly(); // SIGKILL
        assertTrue(coding.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, coding.exitValue(), "killed by SIGKILL");

        try (Connection c = connect(team); Statement s = c.createStatement()) {
            KilledBatch.checkCommitted(s, seen, LINES);
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
