package tessera.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single-file benchmark programs in bench/ (ExportBench.java, OffsetsBench.java) compiled and run at a tiny
 * size against the built product's jars, as their scripts run them, so that they keep working.
 */
class BenchProgramsTest {

    private static final Path BENCH = Path.of("../../bench").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void exportBenchBuildsAndExportsATinyProject() throws Exception {
        String built = java("-Xmx512m", BENCH.resolve("ExportBench.java").toString(), "build", dir.toString(),
                BENCH.resolve("../bundles/tessera.core/sample/documents").normalize().toString(), "20", "10", "200");
        assertTrue(built.contains("20 documents, 10 codes, 200 codings"), built);
        String report = java("-Xmx512m", BENCH.resolve("ExportBench.java").toString(), "export", dir.toString());
        assertTrue(report.contains("|"), "a Markdown table: " + report);
        assertTrue(Files.size(dir.resolve("warm.xlsx")) > 0, "the warm-up export was written");
    }

    @Test
    void offsetsBenchRunsOnASmallText() throws Exception {
        String report = java("-Xmx256m", BENCH.resolve("OffsetsBench.java").toString(), "20000");
        assertTrue(report.strip().length() > 0, report);
    }

    /** Runs a single-file program on the product's plugins with this JVM; its standard output. */
    private String java(String heap, String... args) throws IOException, InterruptedException {
        String classPath;
        try (Stream<Path> jars = Files.list(Launcher.productDir().resolve("plugins"))) {
            classPath = String.join(":", jars.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).toList());
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), heap, "--enable-native-access=ALL-UNNAMED", "-Dlog4j2.statusLoggerLevel=OFF", "-cp",
                classPath));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished in 5 minutes: " + String.join(" ", args));
        assertEquals(0, p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
