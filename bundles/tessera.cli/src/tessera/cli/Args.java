package tessera.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * A command's arguments as picocli parses them: positionals, {@code --name value} (or {@code --name=value})
 * options and {@code --flag}s, {@code --} ending the options. Each command declares what it takes; an unknown
 * option, a missing value or an option given twice is a usage error, so a typo never silently changes what
 * happens. {@code --json}, {@code --debug} and {@code --help} are every command's.
 */
final class Args {

    static final Set<String> GLOBAL_FLAGS = Set.of("json", "debug");

    private final ParseResult parsed;
    private final List<String> positionals;
    private final String usage;

    private Args(ParseResult parsed, String usage) {
        this.parsed = parsed;
        this.usage = usage;
        List<String> p = parsed.matchedPositionals().isEmpty() ? List.of()
                : parsed.matchedPositionals().get(0).getValue() == null ? List.of()
                : Arrays.asList((String[]) parsed.matchedPositionals().get(0).getValue());
        this.positionals = new ArrayList<>(p);
    }

    /** The picocli model of a command: its options, flags, the global flags and any number of positionals. */
    static CommandLine commandLine(Command command) {
        CommandSpec spec = CommandSpec.create().name("tessera " + command.name());
        spec.usageMessage().synopsisHeading("").customSynopsis("usage: tessera " + command.usage() + " [--json]%n")
                .description(command.summary()).optionListHeading("%nOptions:%n");
        for (String o : command.options()) {
            spec.addOption(OptionSpec.builder("--" + o).paramLabel(o.toUpperCase(java.util.Locale.ROOT))
                    .type(String.class).arity("1").build());
        }
        for (String f : command.flags()) {
            spec.addOption(OptionSpec.builder("--" + f).type(boolean.class).arity("0").build());
        }
        spec.addOption(OptionSpec.builder("--json").type(boolean.class).arity("0")
                .description("print the result as JSON (a failure too)").build());
        spec.addOption(OptionSpec.builder("--debug").type(boolean.class).arity("0")
                .description("show the stack trace of a failure").build());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help").build());
        spec.addPositional(PositionalParamSpec.builder().arity("0..*").type(String[].class).hidden(true).build());
        CommandLine cl = new CommandLine(spec);
        cl.setOverwrittenOptionsAllowed(false);
        cl.setUnmatchedArgumentsAllowed(false);
        cl.setPosixClusteredShortOptionsAllowed(false);
        cl.setEndOfOptionsDelimiter("--");
        return cl;
    }

    /** Parses a command's arguments (after its name); a malformed line is a {@link UsageException}. */
    static Args parse(Command command, List<String> raw) {
        CommandLine cl = commandLine(command);
        try {
            return new Args(cl.parseArgs(raw.toArray(String[]::new)), command.usage());
        } catch (ParameterException e) {
            throw new UsageException(message(e), command.usage());
        }
    }

    /** picocli's messages, in Tessera's words where they name options by their internal form. */
    private static String message(ParameterException e) {
        String m = e.getMessage();
        return m.replace("Unknown option: '", "unknown option '").replace("Missing required parameter for option '",
                "a value is missing for '");
    }

    /** The command's usage line, for errors found after parsing. */
    String usage() {
        return usage;
    }

    boolean helpRequested() {
        return parsed.isUsageHelpRequested();
    }

    List<String> positionals() {
        return positionals;
    }

    String positional(int index, String what) {
        if (index >= positionals.size()) {
            throw new UsageException("missing " + what, usage);
        }
        return positionals.get(index);
    }

    void atMost(int count) {
        if (positionals.size() > count) {
            throw new UsageException("unexpected argument '" + positionals.get(count) + "'", usage);
        }
    }

    String option(String name) {
        return parsed.hasMatchedOption("--" + name) ? parsed.matchedOptionValue("--" + name, (String) null) : null;
    }

    String required(String name) {
        String v = option(name);
        if (v == null) {
            throw new UsageException("missing --" + name, usage);
        }
        return v;
    }

    Integer intOption(String name) {
        String v = option(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + v + "'", usage);
        }
    }

    /** A whole-number option that must be at least {@code min}, or {@code otherwise} when it is not given. */
    int intOption(String name, int min, int otherwise) {
        Integer v = intOption(name);
        if (v == null) {
            return otherwise;
        }
        if (v < min) {
            throw new UsageException("--" + name + " must be at least " + min + ", not " + v, usage);
        }
        return v;
    }

    boolean flag(String name) {
        return parsed.hasMatchedOption("--" + name);
    }

    /**
     * Refuses the options and flags the current action does not use, e.g. {@code codes P add X --position 3}:
     * an option that would be silently ignored is as bad as a typo.
     */
    void onlyFor(String action, String... allowed) {
        Set<String> ok = new LinkedHashSet<>(List.of(allowed));
        ok.addAll(GLOBAL_FLAGS);
        for (OptionSpec o : parsed.matchedOptions()) {
            String name = o.longestName().substring(2);
            if (!ok.contains(name)) {
                throw new UsageException("--" + name + " does not apply to '" + action + "'", usage);
            }
        }
    }
}
