package tessera.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark scripts that drive the built command line (store, import of many files, CLI start-up, memory) run
 * at a tiny size on the built product, step for step as at full size, so that their reports stay reproducible.
 * Their outputs go to a temporary folder, never over the reports or bench/out.
 */
class BenchScriptsTest {

    private static final Path BENCH = Path.of("../../bench").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void storeBenchRunsEveryStepOnATinyProject() throws Exception {
        String report = run("store-bench.sh", Map.of("DOCS", "30", "CODINGS", "600", "OUT",
                dir.resolve("store").toString()));
        for (String step : List.of("import plain-text documents", "add codings", "undo the last coding",
                "auto-code every hit of 城市", "auto-code every hit of 18 frequent words", "merge a copy",
                "import a review sheet")) {
            assertTrue(report.contains("| " + step), step + " in " + report);
        }
        assertTrue(report.contains("| 600 |"), "600 codings added: " + report);
        assertTrue(report.contains("\"integrity\": \"ok\""), report);
    }

    @Test
    void importFilesBenchImportsEveryFileBothWays() throws Exception {
        String report = run("import-files-bench.sh", Map.of("FILES", "40", "RUNS", "2", "OUT",
                dir.resolve("import-files").toString()));
        List<String> runs = report.lines().filter(l -> l.matches("\\| [0-9]+ \\|.*")).toList();
        assertEquals(2, runs.size(), report);
        for (String run : runs) {
            assertTrue(run.matches("(\\| [0-9.]+ ){7}\\|"), "times, rates and a ratio: " + run);
        }
        assertTrue(report.contains("\"integrity\": \"ok\"") && report.contains("\"documents\": 40,"), report);
    }

    @Test
    void cliStartupBenchMeasuresEachCommandOnce() throws Exception {
        Path report = dir.resolve("REPORT-cli.md");
        run("cli-startup-bench.sh", Map.of("RUNS", "1", "OUT", dir.resolve("cli").toString(), "REPORT",
                report.toString()));
        String text = Files.readString(report, StandardCharsets.UTF_8);
        for (String command : List.of("`java -version`", "`tessera check sample.tessera`",
                "`tessera codings sample.tessera --code Drivers --subcodes`", "in an OSGi runtime")) {
            assertTrue(text.lines().anyMatch(l -> l.contains(command) && l.matches(".*\\| [0-9.]+ \\| [0-9.]+ \\|")),
                    command + " with a median and a slowest time in " + text);
        }
    }

    @Test
    void memoryBenchFinishesEveryStepOnTheSampleProject() throws Exception {
        Path sample = dir.resolve("sample.tessera");
        Process p = new ProcessBuilder(Launcher.productDir().resolve("tessera").toString(), "new", sample.toString(),
                "--sample").redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        String report = run("memory-bench.sh", Map.of("PROJECT", sample.toString(), "FILES", "20", "OUT",
                dir.resolve("memory").toString()));
        List<String> steps = report.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| step")).toList();
        assertEquals(9, steps.size(), report);
        for (String step : steps) {
            assertTrue(step.endsWith("| yes |"), "finished under 512 MB: " + step + "\n" + report);
        }
    }

    /** Runs a bench script with the built product and these settings; its standard output. */
    private String run(String script, Map<String, String> settings) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("sh", BENCH.resolve(script).toString());
        pb.environment().putAll(settings);
        pb.environment().put("TESSERA_PRODUCT", Launcher.productDir().toAbsolutePath().normalize().toString());
        pb.environment().put("TESSERA_CODER", "bench");
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Path out = dir.resolve(script + ".out");
        Path err = dir.resolve(script + ".err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), script + " finished in 10 minutes");
        assertEquals(0, p.exitValue(), script + ": " + Files.readString(err, StandardCharsets.UTF_8));
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
