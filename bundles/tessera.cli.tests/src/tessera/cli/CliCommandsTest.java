package tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

class CliCommandsTest {

    @TempDir
    Path dir;
    String p;

    @BeforeEach
    void newProject() {
        p = dir.resolve("study.tessera").toString();
        JsonObject created = CliRun.of("new", p, "--name", "City study", "--json").ok().json().getAsJsonObject();
        assertEquals("City study", created.get("name").getAsString());
        assertEquals(0, created.get("documents").getAsInt());
    }

    private Path file(String name, String text, Charset cs) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, text.getBytes(cs));
        return f;
    }

    @Test
    void importCodeAndReadBackWithCodePointOffsets() throws Exception {
        Path doc = file("interview.txt", "北九州\uD840\uDC0B市与大连\r\n结为友好城市。", Charset.forName("GB18030"));
        JsonObject imported = CliRun.of("import", p, doc.toString(), "--json").ok().json().getAsJsonObject();
        JsonObject first = imported.getAsJsonArray("imported").get(0).getAsJsonObject();
        assertEquals("interview", first.get("name").getAsString());
        assertEquals("GB18030", first.get("encoding").getAsString());
        assertEquals(16, first.get("length").getAsInt());

        CliRun.of("codes", p, "add", "Modes").ok();
        CliRun.of("codes", p, "add", "Modes/Bilateral sister cities", "--colour", "#46a0a0").ok();
        JsonObject coding = CliRun.of("code", p, "--doc", "interview", "--start", "0", "--end", "5", "--code",
                "Modes/Bilateral sister cities", "--coder", "Li Wei", "--json").ok().json().getAsJsonObject();
        assertEquals("北九州\uD840\uDC0B市", coding.get("text").getAsString());
        assertEquals("Li Wei", coding.get("coder").getAsString());

        JsonObject text = CliRun.of("text", p, "interview", "--start", "9", "--end", "15", "--json").ok().json()
                .getAsJsonObject();
        assertEquals("结为友好城市", text.get("text").getAsString());
        assertEquals("北九州\uD840\uDC0B市与大连\n结为友好城市。\n", CliRun.of("text", p, "1").ok().out());
    }

    @Test
    void codesTreeCarriesCountsAndChildren() throws Exception {
        CliRun.of("import", p, file("a.txt", "global and local drivers", StandardCharsets.UTF_8).toString()).ok();
        CliRun.of("codes", p, "add", "Drivers", "--category", "--description", "why cities cooperate").ok();
        CliRun.of("codes", p, "add", "Drivers/Local").ok();
        CliRun.of("code", p, "--doc", "a", "--start", "11", "--end", "16", "--code", "Drivers/Local").ok();
        JsonArray tree = CliRun.of("codes", p, "--json").ok().json().getAsJsonArray();
        JsonObject drivers = tree.get(0).getAsJsonObject();
        assertFalse(drivers.get("codable").getAsBoolean());
        JsonObject local = drivers.getAsJsonArray("children").get(0).getAsJsonObject();
        assertEquals("Drivers/Local", local.get("path").getAsString());
        assertEquals(1, local.get("codings").getAsInt());
        assertEquals(1, local.get("documents").getAsInt());
        assertTrue(CliRun.of("codes", p).ok().out().contains("  Local  "));
    }

    @Test
    void codebookActionsAndUndoAcrossProcesses() throws Exception {
        CliRun.of("import", p, file("a.txt", "one two three four", StandardCharsets.UTF_8).toString()).ok();
        CliRun.of("codes", p, "add", "Roles").ok();
        CliRun.of("codes", p, "add", "Constraints").ok();
        CliRun.of("code", p, "--doc", "a", "--start", "0", "--end", "3", "--code", "Roles").ok();
        CliRun.of("codes", p, "rename", "Roles", "City roles").ok();
        CliRun.of("codes", p, "move", "Constraints", "City roles").ok();
        CliRun.of("codes", p, "recolour", "City roles", "#112233").ok();
        JsonObject deleted = CliRun.of("codes", p, "delete", "City roles", "--json").ok().json().getAsJsonObject();
        assertEquals("delete", deleted.get("action").getAsString());
        assertEquals(0, CliRun.of("codings", p, "--json").ok().json().getAsJsonArray().size());

        JsonObject undone = CliRun.of("undo", p, "--json").ok().json().getAsJsonObject();
        assertEquals("code.delete", undone.getAsJsonObject("undone").get("operation").getAsString());
        JsonArray codings = CliRun.of("codings", p, "--code", "City roles", "--json").ok().json().getAsJsonArray();
        assertEquals(1, codings.size());
        assertEquals("one", codings.get(0).getAsJsonObject().get("text").getAsString());
        assertEquals("City roles/Constraints", CliRun.of("codes", p, "--json").ok().json().getAsJsonArray().get(0)
                .getAsJsonObject().getAsJsonArray("children").get(0).getAsJsonObject().get("path").getAsString());

        CliRun.of("redo", p).ok();
        assertEquals(0, CliRun.of("codes", p, "--json").ok().json().getAsJsonArray().size());
        JsonArray log = CliRun.of("log", p, "--json").ok().json().getAsJsonArray();
        assertEquals("redo", log.get(0).getAsJsonObject().get("kind").getAsString());
        assertEquals("undo", log.get(1).getAsJsonObject().get("kind").getAsString());
    }

    @Test
    void memosAndAttributes() throws Exception {
        CliRun.of("import", p, file("Dalian.txt", "大连市与北九州市", StandardCharsets.UTF_8).toString()).ok();
        CliRun.of("attr", p, "define", "country").ok();
        CliRun.of("attr", p, "define", "year", "--type", "number").ok();
        CliRun.of("attr", p, "set", "Dalian", "country", "China").ok();
        JsonObject set = CliRun.of("attr", p, "set", "Dalian", "year", "1979", "--json").ok().json().getAsJsonObject();
        assertEquals("1979", set.get("value").getAsString());
        CliRun bad = CliRun.of("attr", p, "set", "Dalian", "year", "late seventies");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("year: 'late seventies' is not a number"), bad.err());
        JsonObject doc = CliRun.of("docs", p, "--json").ok().json().getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("China", doc.getAsJsonObject("attributes").get("country").getAsString());

        JsonObject memo = CliRun.of("memo", p, "add", "first reading", "--doc", "Dalian", "--json").ok().json()
                .getAsJsonObject();
        assertEquals("document", memo.get("on").getAsString());
        CliRun.of("memo", p, "edit", memo.get("id").getAsString(), "second reading").ok();
        JsonArray memos = CliRun.of("memo", p, "list", "--doc", "Dalian", "--json").ok().json().getAsJsonArray();
        assertEquals("second reading", memos.get(0).getAsJsonObject().get("text").getAsString());
        CliRun.of("memo", p, "add", "project memo").ok();
        assertEquals(1, CliRun.of("memo", p, "list", "--json").ok().json().getAsJsonArray().size());
    }

    @Test
    void batchCodesEveryGoodLineAndReportsTheBadOnes() throws Exception {
        CliRun.of("import", p, file("a.txt", "abcdefghij", StandardCharsets.UTF_8).toString()).ok();
        CliRun.of("codes", p, "add", "X").ok();
        Path batch = file("batch.tsv", "a\t0\t2\tX\na\t2\t4\tX\tbob\na\t5\t99\tX\na\t1\t2\tNoSuchCode\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("code", p, "--batch", batch.toString(), "--json");
        assertEquals(1, run.exit());
        JsonObject o = run.json().getAsJsonObject();
        assertEquals(2, o.get("applied").getAsInt());
        assertEquals(3, o.getAsJsonArray("failed").get(0).getAsJsonObject().get("line").getAsInt());
        assertTrue(run.err().contains("batch.tsv:4: no code at 'NoSuchCode'"), run.err());
        assertEquals(1, CliRun.of("codings", p, "--coder", "bob", "--json").ok().json().getAsJsonArray().size());
    }

    @Test
    void sampleProjectFromTheCli() {
        String sample = dir.resolve("sample.tessera").toString();
        JsonObject o = CliRun.of("new", sample, "--sample", "--json").ok().json().getAsJsonObject();
        assertEquals(5, o.get("documents").getAsInt());
        JsonObject check = CliRun.of("check", sample, "--json").ok().json().getAsJsonObject();
        assertEquals("ok", check.get("integrity").getAsString());
        assertEquals(45, check.get("codings").getAsInt());
        JsonArray constraints = CliRun.of("codings", sample, "--code", "Constraints", "--coder", "Li Wei", "--json").ok()
                .json().getAsJsonArray();
        assertEquals(5, constraints.size());
    }
}
