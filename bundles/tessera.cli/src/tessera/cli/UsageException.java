package tessera.cli;

/** The command line is wrong: exit 2 with a usage line. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String usage;

    UsageException(String message, String usage) {
        super(message);
        this.usage = usage;
    }

    String usage() {
        return usage;
    }
}
