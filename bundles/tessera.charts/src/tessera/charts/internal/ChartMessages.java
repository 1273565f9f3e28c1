package tessera.charts.internal;

import org.eclipse.osgi.util.NLS;

/** The charts' words for people, in English and Chinese ({@code messages*.properties}). */
public final class ChartMessages extends NLS {

    public static String kindCodesByAttribute;
    public static String kindCodeFrequencies;
    public static String kindHierarchy;
    public static String kindCooccurrence;
    public static String kindPortrait;
    public static String kindWordCloud;
    public static String unknownKind;
    public static String titleCodesByAttribute;
    public static String titleCodeFrequencies;
    public static String titleHierarchy;
    public static String titleCooccurrence;
    public static String titlePortrait;
    public static String titleWordCloud;
    public static String valueCodings;
    public static String valueCharacters;
    public static String valueDocuments;
    public static String perDocument;
    public static String needsAttribute;
    public static String needsDocument;
    public static String noDocument;
    public static String badFileType;
    public static String badSize;

    static {
        NLS.initializeMessages("tessera.charts.internal.messages", ChartMessages.class);
    }

    private ChartMessages() {
    }
}
