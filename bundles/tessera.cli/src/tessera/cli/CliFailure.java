package tessera.cli;

/** A command that could not do what was asked: exit 1 with this one-line reason. */
final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliFailure(String message) {
        super(message);
    }
}
