package tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import com.google.gson.JsonObject;

/** Wrong usage exits 2 with a usage line; failures exit 1 with one line and no stack trace. */
class CliErrorsTest {

    @TempDir
    Path dir;

    @Test
    void unknownCommandIsUsage() {
        CliRun r = CliRun.of("frobnicate", "x.tessera");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown command 'frobnicate'") && r.err().contains("usage:"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"code P --doc a --start 1", "code P --doc a --start x --end 2 --code X", "codes P add",
        "text P", "docs P frob", "memo P add", "attr P define year --type money", "codes P --bogus", "import P"})
    void usageErrorsExitTwoWithTheUsageLine(String line) throws Exception {
        Path p = dir.resolve("p.tessera");
        CliRun.of("new", p.toString()).ok();
        CliRun r = CliRun.of(line.replace("P", p.toString()).split(" "));
        assertEquals(2, r.exit(), line + ": " + r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("usage: tessera ")), r.err());
    }

    @Test
    void failuresExitOneWithOneLineAndNoStackTrace() throws Exception {
        Path notProject = dir.resolve("notes.tessera");
        Files.writeString(notProject, "just text", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("docs", notProject.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("tessera: " + notProject + " is not a Tessera project"), r.err());
        assertFalse(r.err().contains("\tat "));
        assertEquals("just text", Files.readString(notProject));
    }

    @Test
    void debugAddsTheStackTrace() throws Exception {
        Path notProject = dir.resolve("notes.tessera");
        Files.writeString(notProject, "just text", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("docs", notProject.toString(), "--debug");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void jsonFailureIsJsonToo() {
        CliRun r = CliRun.of("docs", dir.resolve("missing.tessera").toString(), "--json");
        assertEquals(1, r.exit());
        JsonObject error = r.json().getAsJsonObject().getAsJsonObject("error");
        assertTrue(error.get("message").getAsString().contains("no such project file"));
        assertEquals(1, error.get("exit").getAsInt());
    }

    @Test
    void undecodableFileImportsNothingAndSaysWhich() throws Exception {
        Path p = dir.resolve("p.tessera");
        CliRun.of("new", p.toString()).ok();
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "城市外交", StandardCharsets.UTF_8);
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {0x00, 0x01, 0x02, (byte) 0xFF, 0x00, 0x13});
        CliRun r = CliRun.of("import", p.toString(), good.toString(), bad.toString(), "--json");
        assertEquals(1, r.exit());
        JsonObject o = r.json().getAsJsonObject();
        assertEquals(1, o.getAsJsonArray("imported").size());
        assertTrue(o.getAsJsonArray("failed").get(0).getAsJsonObject().get("reason").getAsString().startsWith(bad.toString()));
        assertTrue(r.err().contains("not imported: " + bad), r.err());
        assertEquals(1, CliRun.of("docs", p.toString(), "--json").ok().json().getAsJsonArray().size());
    }

    @Test
    void codingOutsideTheDocumentIsRefusedAndNothingChanges() throws Exception {
        Path p = dir.resolve("p.tessera");
        CliRun.of("new", p.toString()).ok();
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "short", StandardCharsets.UTF_8);
        CliRun.of("import", p.toString(), f.toString()).ok();
        CliRun.of("codes", p.toString(), "add", "X").ok();
        CliRun r = CliRun.of("code", p.toString(), "--doc", "a", "--start", "2", "--end", "9", "--code", "X");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("does not lie within 'a', which has 5 characters"), r.err());
        assertEquals(0, CliRun.of("codings", p.toString(), "--json").ok().json().getAsJsonArray().size());
    }
}
