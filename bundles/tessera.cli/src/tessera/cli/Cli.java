package tessera.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;

import tessera.core.store.StoreException;
import tessera.index.IndexUnavailableException;

/**
 * Tessera's command line: {@code tessera COMMAND PROJECT ... [--json] [--debug]}. Exit codes: 0 done, 1 failed
 * (one line on standard error saying why), 2 wrong usage (with the usage line).
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /**
     * The coder that changes are recorded under when $TESSERA_CODER names one; else (null) the login name: the
     * user's on this machine for a project file, the server login for a team project.
     */
    static String sessionCoder() {
        String env = System.getenv("TESSERA_CODER");
        return env != null && !env.isBlank() ? env.strip() : null;
    }

    public int run(String[] argv, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(List.of(argv));
        // --json and --debug before the command name too; after it, the command's parser reads them
        boolean json = false;
        boolean debug = false;
        String coder = sessionCoder();
        // --json, --debug and --coder NAME before the command name (--json and --debug after it too)
        while (!args.isEmpty() && (args.get(0).equals("--json") || args.get(0).equals("--debug")
                || args.get(0).equals("--coder") || args.get(0).startsWith("--coder="))) {
            String option = args.remove(0);
            json |= option.equals("--json");
            debug |= option.equals("--debug");
            if (option.startsWith("--coder")) {
                String name = option.startsWith("--coder=") ? option.substring("--coder=".length())
                        : args.isEmpty() ? "" : args.remove(0);
                if (name.isBlank()) {
                    err.println("tessera: --coder needs a name");
                    return fail(json, out, "--coder needs a name", USAGE);
                }
                coder = name.strip();
            }
        }
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            return help(args.size() > 1 ? args.get(1) : null, out, err);
        }
        Command command = Commands.named(args.get(0)).orElse(null);
        if (command == null) {
            err.println("tessera: unknown command '" + args.get(0) + "'");
            err.println("usage: tessera COMMAND PROJECT.tessera ... (tessera help lists the commands)");
            return fail(json, out, "unknown command '" + args.get(0) + "'", USAGE);
        }
        List<String> rest = args.subList(1, args.size());
        // the output mode is known before parsing, so that a usage error is JSON too
        int end = rest.indexOf("--");
        List<String> options = end < 0 ? rest : rest.subList(0, end);
        json |= options.contains("--json");
        debug |= options.contains("--debug");
        try {
            Args parsed = Args.parse(command, rest);
            if (parsed.helpRequested()) {
                Args.commandLine(command).usage(out);
                return OK;
            }
            try (CliContext ctx = new CliContext(out, err, json, coder)) {
                return command.run(parsed, ctx);
            }
        } catch (UsageException e) {
            err.println("tessera: " + e.getMessage());
            err.println("usage: tessera " + e.usage());
            return fail(json, out, e.getMessage(), USAGE);
        } catch (CliFailure | StoreException | IOException | IndexUnavailableException e) {
            if (debug) {
                e.printStackTrace(err);
            }
            err.println("tessera: " + e.getMessage());
            return fail(json, out, e.getMessage(), FAILED);
        } catch (Exception e) {
            if (debug) {
                e.printStackTrace(err);
            }
            String message = "internal error: " + e + " (run again with --debug for details)";
            err.println("tessera: " + message);
            return fail(json, out, message, FAILED);
        }
    }

    private static int fail(boolean json, PrintStream out, String message, int code) {
        if (json) {
            JsonObject error = new JsonObject();
            error.addProperty("message", message);
            error.addProperty("exit", code);
            JsonObject o = new JsonObject();
            o.add("error", error);
            out.println(o);
        }
        return code;
    }

    private int help(String name, PrintStream out, PrintStream err) {
        if (name != null) {
            Command c = Commands.named(name).orElse(null);
            if (c == null) {
                err.println("tessera: unknown command '" + name + "'");
                return USAGE;
            }
            Args.commandLine(c).usage(out);
            return OK;
        }
        out.println("usage: tessera                      open the workbench");
        out.println("       tessera [--coder NAME] COMMAND ARGS [--json] [--debug]   (tessera COMMAND --help for one;"
                + " -- ends the options)");
        out.println();
        for (Command c : Commands.NAMES.stream().map(n -> Commands.named(n).orElseThrow()).toList()) {
            out.printf("  %-9s %s%n", c.name(), c.summary());
        }
        out.println();
        out.println("Positions are Unicode code points, end exclusive. Changes are recorded as --coder NAME"
                + " (before the command), else $TESSERA_CODER, else your login name (on a server: the server login).");
        return OK;
    }
}
