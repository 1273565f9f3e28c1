package tessera.analysis.internal;

import org.eclipse.osgi.util.NLS;

/** The analysis bundle's messages for people, in English and Chinese ({@code messages*.properties}). */
public final class AnalysisMessages extends NLS {

    public static String twoValues;
    public static String unitsOverlap;
    public static String moreOverlaps;
    public static String overlapsUndefine;
    public static String queryEmpty;
    public static String queryEmptyPhrase;
    public static String queryUnclosedQuote;
    public static String queryUnclosedParenthesis;
    public static String queryEmptyParentheses;
    public static String queryCloseWithoutOpen;
    public static String queryUnexpected;
    public static String queryEndsTooSoon;
    public static String queryExpectedOperand;
    public static String queryExpectedOperandFound;
    public static String queryFollowedNeedsBy;
    public static String queryBadDistance;
    public static String queryCoderOnlyOnCode;
    public static String queryLimitFirst;
    public static String queryUnknownField;
    public static String queryBareWord;
    public static String queryEmptyValue;
    public static String queryAttrNeedsEquals;
    public static String queryNoCode;
    public static String queryNoCoder;
    public static String queryNoDocument;
    public static String queryNoAttribute;
    public static String queryNoSet;
    public static String matrixUnknownAxis;
    public static String matrixAttributeNeedsName;
    public static String matrixBadOperator;
    public static String matrixSegments;

    static {
        NLS.initializeMessages("tessera.analysis.internal.messages", AnalysisMessages.class);
    }

    private AnalysisMessages() {
    }
}
