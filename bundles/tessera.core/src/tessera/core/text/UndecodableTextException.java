package tessera.core.text;

/** Bytes that are not text in any encoding Tessera can tell, or not in the encoding given. */
public class UndecodableTextException extends Exception {

    private static final long serialVersionUID = 1L;

    public UndecodableTextException(String message) {
        super(message);
    }
}
