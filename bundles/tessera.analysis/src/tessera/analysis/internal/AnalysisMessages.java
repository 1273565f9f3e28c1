package tessera.analysis.internal;

import org.eclipse.osgi.util.NLS;

/** The analysis bundle's messages for people, in English and Chinese ({@code messages*.properties}). */
public final class AnalysisMessages extends NLS {

    public static String twoValues;
    public static String unitsOverlap;
    public static String moreOverlaps;
    public static String overlapsUndefine;

    static {
        NLS.initializeMessages("tessera.analysis.internal.messages", AnalysisMessages.class);
    }

    private AnalysisMessages() {
    }
}
