package tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Arguments as a command line should take them: typed numbers, --, one value per option, --help everywhere. */
class CliArgumentsTest {

    @TempDir
    Path dir;
    String p;

    @BeforeEach
    void project() {
        p = dir.resolve("p.tessera").toString();
        CliRun.of("new", p, "--sample").ok();
    }

    private CliRun run(String line) {
        return CliRun.of(line.replace("P", p).split(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"freq P --limit x", "freq P --limit 0", "search P city --limit -1", "log P --limit many",
        "codes P move Roles / --position first", "kwic P city --limit 3 --limit 4", "codes P --json --json --colour",
        "text P --start 1 --start 2 --end 3", "codes P add X --position 3", "codes P rename Roles R --colour #ff0000",
        "memo P edit 1 new --doc x", "docs P rename a b --out f", "import P a.txt --encoding UTF-8 --encoding GBK"})
    void malformedArgumentsAreUsageErrorsNotInternalErrors(String line) {
        CliRun r = run(line);
        assertEquals(2, r.exit(), line + ": " + r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("usage: tessera ")), r.err());
        assertTrue(r.err().lines().noneMatch(l -> l.contains("internal error")), r.err());
    }

    @Test
    void aUsageErrorIsJsonUnderJson() {
        CliRun r = run("freq P --limit x --json");
        assertEquals(2, r.exit());
        assertEquals(2, r.json().getAsJsonObject().getAsJsonObject("error").get("exit").getAsInt());
        assertTrue(r.json().getAsJsonObject().getAsJsonObject("error").get("message").getAsString().contains("--limit"));
    }

    @Test
    void doubleDashEndsTheOptions() throws Exception {
        // a memo text that looks like an option, and a code named like one
        CliRun.of("memo", p, "add", "--", "--json is not an option here").ok();
        assertTrue(CliRun.of("memo", p, "list", "--json").ok().out().contains("--json is not an option here"));
        CliRun.of("codes", p, "add", "--", "--odd").ok();
        assertTrue(CliRun.of("codes", p, "--json").ok().out().contains("\"--odd\""));
        Path file = dir.resolve("-dash.txt");
        Files.writeString(file, "A file whose name starts with a dash.", StandardCharsets.UTF_8);
        CliRun.of("import", p, "--", file.toString()).ok();
    }

    @Test
    void optionsTakeTheirValueAfterAnEqualsSignToo() {
        CliRun r = CliRun.of("codes", p, "add", "Tone", "--colour=#00aa00", "--json").ok();
        assertEquals("#00aa00", r.json().getAsJsonObject().getAsJsonObject("code").get("colour").getAsString());
    }

    @Test
    void everyCommandHasHelp() {
        for (String name : Commands.NAMES) {
            CliRun r = CliRun.of(name, "--help").ok();
            assertTrue(r.out().startsWith("usage: tessera " + name), name + ": " + r.out());
        }
        assertTrue(CliRun.of("help", "freq").ok().out().contains("--limit"));
        assertTrue(CliRun.of("--help").ok().out().contains("autocode"));
    }

    @Test
    void theCommandsListedAreTheCommandsThereAre() {
        for (String name : Commands.NAMES) {
            assertEquals(name, Commands.named(name).orElseThrow().name());
        }
        assertTrue(Commands.named("frobnicate").isEmpty());
    }
}
