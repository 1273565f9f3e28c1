package tessera.core.store;

/**
 * A failure of the project store that a user can act on. Its message says what went wrong and where, in one
 * line, for the CLI and the workbench to show as it is.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure; the CLI and UI may treat some differently. */
    public enum Reason { NOT_A_PROJECT, NEWER_SCHEMA, READ_ONLY, IN_USE, NOT_FOUND, ALREADY_EXISTS, INVALID, IO, LOGIN }

    private final Reason reason;

    public StoreException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
