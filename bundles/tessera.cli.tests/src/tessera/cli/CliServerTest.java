package tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import tessera.testing.TestServer;

/** Every command takes a server address where it takes a project file; copies go onto and off the server. */
class CliServerTest {

    @TempDir
    Path dir;

    @Test
    void aTeamProjectOnTheServerFromTheCommandLine() throws Exception {
        String team = TestServer.newDatabase("tessera_cli");
        JsonObject made = CliRun.of("new", team, "--name", "City diplomacy", "--json").ok().json().getAsJsonObject();
        assertEquals(team, made.get("project").getAsString());
        Path text = dir.resolve("interview.txt");
        Files.writeString(text, "北九州\uD840\uDC0B市与大连结为友好城市。", StandardCharsets.UTF_8);
        CliRun.of("import", team, text.toString()).ok();
        CliRun.of("codes", team, "add", "Local").ok();
        CliRun.of("code", team, "--doc", "interview", "--start", "0", "--end", "4", "--code", "Local").ok();
        JsonArray codings = CliRun.of("codings", team, "--json").ok().json().getAsJsonArray();
        assertEquals(1, codings.size());
        assertEquals(TestServer.admin().user(), codings.get(0).getAsJsonObject().get("coder").getAsString(),
                "the coder is the server login");
        CliRun.of("--coder", "Li Wei", "code", team, "--doc", "interview", "--start", "4", "--end", "6", "--code",
                "Local").ok();
        assertTrue(CliRun.of("log", team, "--limit", "1").ok().out().contains("Li Wei"), "unless --coder says otherwise");
        assertEquals(2, CliRun.of("--coder", "", "docs", team).exit(), "--coder needs a name");
        codings = CliRun.of("codings", team, "--json").ok().json().getAsJsonArray();

        Path offline = dir.resolve("offline.tessera");
        JsonObject copied = CliRun.of("copy", team, offline.toString(), "--json").ok().json().getAsJsonObject();
        assertTrue(copied.get("bytes").getAsLong() > 0);
        assertEquals(codings, CliRun.of("codings", offline.toString(), "--json").ok().json(),
                "the offline copy has the same codings, GUIDs and coders");
        String second = TestServer.newDatabase("tessera_cli");
        CliRun.of("copy", offline.toString(), second).ok();
        assertEquals(CliRun.of("log", team, "--json").ok().out(), CliRun.of("log", second, "--json").ok().out(),
                "a file put back onto a server keeps the log");
        CliRun again = CliRun.of("copy", offline.toString(), second, "--json");
        assertEquals(1, again.exit());
        assertTrue(again.out().contains("is not empty"), again.out());
    }

    @Test
    void anOfflineCopySyncsBothWays() throws Exception {
        String team = TestServer.newDatabase("tessera_cli");
        CliRun.of("new", team).ok();
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "大连与北九州的环境合作", StandardCharsets.UTF_8);
        CliRun.of("import", team, text.toString()).ok();
        CliRun.of("codes", team, "add", "Local").ok();
        Path offline = dir.resolve("train.tessera");
        CliRun.of("copy", team, offline.toString()).ok();
        CliRun.of("--coder", "Sato Yuki", "code", offline.toString(), "--doc", "notes", "--start", "0", "--end", "2",
                "--code", "Local").ok();
        CliRun.of("--coder", "Li Wei", "codes", team, "add", "Roles").ok();
        JsonObject first = CliRun.of("sync", offline.toString(), "--json").ok().json().getAsJsonObject();
        assertEquals(1, first.get("pulled").getAsInt(), "Li Wei's code");
        assertTrue(first.get("pushed").getAsInt() >= 1, first.toString());
        assertEquals(0, first.getAsJsonArray("conflicts").size());
        assertEquals(CliRun.of("codings", team, "--json").ok().json(), CliRun.of("codings", offline.toString(), "--json")
                .ok().json(), "both hold Sato Yuki's coding");
        assertTrue(CliRun.of("codes", offline.toString()).ok().out().contains("Roles"));
        JsonObject again = CliRun.of("sync", offline.toString(), "--json").ok().json().getAsJsonObject();
        assertEquals(0, again.get("pushed").getAsInt());
        assertEquals(0, again.get("pulled").getAsInt());
        CliRun notACopy = CliRun.of("sync", dir.resolve("nothing.tessera").toString());
        assertEquals(1, notACopy.exit());
    }

    @Test
    void aPasswordNeverShows() {
        String team = TestServer.newDatabase("tessera_cli");
        String withPassword = team.replace("postgresql://" + TestServer.admin().user() + "@",
                "postgresql://" + TestServer.admin().user() + ":wrong-secret@");
        CliRun r = CliRun.of("docs", withPassword, "--json");
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("refused the login"), r.out());
        assertFalse((r.out() + r.err()).contains("wrong-secret"), r.out() + r.err());
        CliRun missing = CliRun.of("docs", team.replaceFirst("/[^/]*$", "/no_such_db"));
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no such database"), missing.err());
    }

    @Test
    void logFollowPrintsEachEntryAsItIsCommitted() throws Exception {
        String team = TestServer.newDatabase("tessera_cli");
        CliRun.of("new", team).ok();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
        Thread follower = new Thread(() -> new Cli().run(new String[] {"log", team, "--follow", "--json"}, printed,
                printed));
        follower.start();
        try {
            Thread.sleep(1500); // the follower has opened the project and waits
            CliRun.of("codes", team, "add", "Roles").ok();
            CliRun.of("codes", team, "add", "Constraints").ok();
            long deadline = System.currentTimeMillis() + 10_000;
            while (lines(out) < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            String[] seen = out.toString(StandardCharsets.UTF_8).strip().split("\n");
            assertEquals(2, seen.length, out.toString(StandardCharsets.UTF_8));
            JsonObject first = JsonParser.parseString(seen[0]).getAsJsonObject();
            assertEquals(1, first.get("seq").getAsInt());
            assertTrue(seen[1].contains("Constraints"), seen[1]);
        } finally {
            follower.interrupt();
            follower.join(5000);
        }
        assertFalse(follower.isAlive(), "the follower stops when interrupted");
    }

    private static int lines(ByteArrayOutputStream out) {
        String s = out.toString(StandardCharsets.UTF_8).strip();
        return s.isEmpty() ? 0 : s.split("\n").length;
    }
}
