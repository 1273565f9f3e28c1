package tessera.index.internal;

import org.eclipse.osgi.util.NLS;

/** The index's messages for people, in English and Chinese ({@code messages*.properties}). */
public final class IndexMessages extends NLS {

    public static String followFailed;
    public static String nearNeedsNumber;
    public static String slopNeedsNumber;
    public static String atColumn;
    public static String emptyQuery;
    public static String closeWithoutOpen;
    public static String unexpected;
    public static String andNeedsMore;
    public static String nearNeedsMore;
    public static String endsTooSoon;
    public static String emptyParentheses;
    public static String neverClosed;
    public static String unknownField;
    public static String fieldNeedsValue;
    public static String wildcardAlone;
    public static String wildcardFirst;
    public static String quoteNeverClosed;
    public static String emptyPhrase;
    public static String numberTooLarge;
    public static String nearTakesText;
    public static String nothingSearchable;
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
        NLS.initializeMessages("tessera.index.internal.messages", IndexMessages.class);
    }

    private IndexMessages() {
    }
}
