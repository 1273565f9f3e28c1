package tessera.cli;

import java.util.Set;

/** One CLI command such as {@code codes} or {@code import}. */
interface Command {

    String name();

    /** The usage line, without the leading "tessera ". */
    String usage();

    /** One line for the command list. */
    String summary();

    default Set<String> options() {
        return Set.of();
    }

    default Set<String> flags() {
        return Set.of();
    }

    /** Runs the command; returns the exit code (0 when it did what was asked). */
    int run(Args args, CliContext context) throws Exception;
}
