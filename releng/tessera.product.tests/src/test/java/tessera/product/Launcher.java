package tessera.product;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/** Runs the built product's shell launcher as a separate process, as a user would. */
final class Launcher {

    static Path productDir() {
        Path dir = Path.of(System.getProperty("tessera.product", "../tessera.product/target/products/"
                + "tessera.app.product/linux/gtk/x86_64/tessera"));
        if (!Files.isExecutable(dir.resolve("tessera"))) {
            throw new IllegalStateException("no built product at " + dir + " (build the reactor first)");
        }
        return dir;
    }

    record Result(int exit, String out, String err) {
        JsonElement json() {
            return JsonParser.parseString(out);
        }
    }

    static ProcessBuilder builder(Path workDir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(productDir().resolve("tessera").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().put("TESSERA_CODER", "tester");
        return pb;
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(java.util.Map.of(), workDir, args);
    }

    /** A run with these environment variables set besides. */
    static Result run(java.util.Map<String, String> env, Path workDir, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        ProcessBuilder pb = builder(workDir, args);
        pb.environment().putAll(env);
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("tessera " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Launcher() {
    }
}
