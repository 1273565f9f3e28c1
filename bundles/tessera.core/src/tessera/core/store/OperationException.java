package tessera.core.store;

/** An operation that the project's state does not allow, such as coding past the end of a document. */
public class OperationException extends StoreException {

    private static final long serialVersionUID = 1L;

    public OperationException(String message) {
        super(Reason.INVALID, message);
    }
}
