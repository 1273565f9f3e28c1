package tessera.index;

import org.eclipse.osgi.util.NLS;

/** The index's messages for people, in English and Chinese ({@code messages*.properties}). */
final class IndexMessages extends NLS {

    public static String followFailed;
    public static String behind;
    public static String busy;
    public static String interrupted;
    public static String refreshFailed;
    public static String saveFailed;
    public static String closeFailed;
    public static String inUse;
    public static String opening;
    public static String indexing;
    public static String updating;

    static {
        NLS.initializeMessages("tessera.index.messages", IndexMessages.class);
    }

    private IndexMessages() {
    }
}
