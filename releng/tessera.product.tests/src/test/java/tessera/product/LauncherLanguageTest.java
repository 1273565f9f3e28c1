package tessera.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's workbench start, with a stand-in JDK whose java writes down its arguments: the workbench keeps its
 * layout from run to run, and starts it afresh (-clearPersistedState) only when the language changes, so that the
 * tabs of views not yet shown are named in the new language, not the old one.
 */
class LauncherLanguageTest {

    @TempDir
    Path dir;

    @Test
    void aChangeOfLanguageStartsTheLayoutAfreshAndOnlyThen() throws Exception {
        Path jdk = dir.resolve("jdk");
        Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"25\"\n");
        Path java = Files.writeString(jdk.resolve("bin/java"), "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$ARGS\"\n");
        Path javac = Files.writeString(jdk.resolve("bin/javac"), "#!/bin/sh\n");
        for (Path p : List.of(java, javac)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path args = dir.resolve("args.txt");
        Map<String, String> env = Map.of("JAVA_HOME", jdk.toString(), "XDG_STATE_HOME", dir.resolve("state")
                .toString(), "DISPLAY", ":99", "ARGS", args.toString());
        assertEquals(List.of(false, true, false, true), List.of(fresh(env, args, "en"), fresh(env, args, "zh"),
                fresh(env, args, "zh"), fresh(env, args, "en")));
        assertTrue(Files.readAllLines(args, StandardCharsets.UTF_8).contains("tessera.app.workbench"),
                "the workbench application was started");
    }

    /** Whether the workbench started in this language with its layout made afresh. */
    private boolean fresh(Map<String, String> env, Path args, String language) throws Exception {
        Files.deleteIfExists(args);
        Launcher.Result r = Launcher.run(env, dir, "-nl", language);
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(args, StandardCharsets.UTF_8);
        assertFalse(lines.isEmpty(), r.err());
        assertTrue(lines.contains("-Duser.language=" + language), lines.toString());
        return lines.contains("-clearPersistedState");
    }
}
