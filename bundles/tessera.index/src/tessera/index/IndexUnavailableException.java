package tessera.index;

/** The index cannot answer now: still catching up, or behind its project after a failed update. */
public final class IndexUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
