package tessera.exchange.internal;

import org.eclipse.osgi.util.NLS;

/** The exchange bundle's messages for people, in English and Chinese ({@code messages*.properties}). */
public final class ExchangeMessages extends NLS {

    public static String matrixCount;
    public static String matrixCharacters;
    public static String matrixPresence;
    public static String exporting;
    public static String importingDocuments;

    static {
        NLS.initializeMessages("tessera.exchange.internal.messages", ExchangeMessages.class);
    }

    private ExchangeMessages() {
    }
}
