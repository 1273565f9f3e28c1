package tessera.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

import tessera.core.store.ProjectStores;
import tessera.core.store.StoreException;

/**
 * Tessera's command line: {@code tessera COMMAND PROJECT ... [--json] [--debug]}. Exit codes: 0 done, 1 failed
 * (one line on standard error saying why), 2 wrong usage (with the usage line).
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli() {
        for (Command c : List.of(new NewCommand(), new ImportCommand(), new DocsCommand(), new TextCommand(),
                new CodesCommand(), new CodeCommand(), new CodingsCommand(), new MemoCommand(), new AttrCommand(),
                new ExportCommand(), new ImportReviewCommand(), new HistoryCommand(true), new HistoryCommand(false),
                new LogCommand(), new CheckCommand(), new SearchCommand(false), new SearchCommand(true),
                new AutoCodeCommand(), new FreqCommand(), new ReindexCommand(), new ImportQdpxCommand(), new SetsCommand())) {
            commands.put(c.name(), c);
        }
    }

    /** The coder that changes are recorded under: $TESSERA_CODER, else the login name. */
    static String sessionCoder() {
        String env = System.getenv("TESSERA_CODER");
        return env != null && !env.isBlank() ? env.strip() : ProjectStores.defaultCoder();
    }

    public int run(String[] argv, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(List.of(argv));
        boolean json = args.remove("--json");
        boolean debug = args.remove("--debug");
        boolean help = args.remove("--help") | args.remove("-h");
        if (args.isEmpty() || args.get(0).equals("help")) {
            return help(args.size() > 1 ? args.get(1) : null, out, err);
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            err.println("tessera: unknown command '" + args.get(0) + "'");
            err.println("usage: tessera COMMAND PROJECT.tessera ... (tessera help lists the commands)");
            return USAGE;
        }
        if (help) {
            out.println("usage: tessera " + command.usage() + " [--json]");
            return OK;
        }
        try (CliContext ctx = new CliContext(out, err, json, sessionCoder())) {
            Args parsed = new Args(args.subList(1, args.size()), command.options(), command.flags(), command.usage());
            return command.run(parsed, ctx);
        } catch (UsageException e) {
            err.println("tessera: " + e.getMessage());
            err.println("usage: tessera " + e.usage());
            return fail(json, out, e.getMessage(), USAGE);
        } catch (CliFailure | StoreException | IOException e) {
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
            Command c = commands.get(name);
            if (c == null) {
                err.println("tessera: unknown command '" + name + "'");
                return USAGE;
            }
            out.println("usage: tessera " + c.usage() + " [--json]");
            out.println("  " + c.summary());
            return OK;
        }
        out.println("usage: tessera                      open the workbench");
        out.println("       tessera COMMAND ARGS [--json] [--debug]");
        out.println();
        for (Command c : commands.values()) {
            out.printf("  %-9s %s%n", c.name(), c.summary());
        }
        out.println();
        out.println("Positions are Unicode code points, end exclusive. Changes are recorded as $TESSERA_CODER,"
                + " else your login name.");
        return OK;
    }
}
