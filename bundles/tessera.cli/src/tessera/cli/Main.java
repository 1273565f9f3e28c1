package tessera.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The command line on a plain class path: {@code java -cp ... tessera.cli.Main COMMAND ...}. The launcher runs it
 * this way because an OSGi runtime takes a second to start and the commands need none of it; the same jars serve
 * the workbench.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        NativeLibraries.useCache(System.getProperty("tessera.cache"));
        System.exit(run(args));
    }

    /** Runs a command with UTF-8 standard output and error, whatever the platform's encoding. */
    static int run(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new Cli().run(args == null ? new String[0] : args, out, err);
        out.flush();
        err.flush();
        return code;
    }
}
