package tessera.index;

/**
 * The fields of an index unit. A unit is a paragraph of a document or one coded segment; every unit
 * carries its document's name and attributes, segments also their code paths (with every ancestor) and coder.
 * Segments have their text field but not the words of a language's analyser (see {@link SegmentQuery}).
 */
public final class Fields {

    /** Bump when units or fields change: an index of another schema is rebuilt. */
    public static final int SCHEMA = 8;

    public static final String KIND = "kind";
    /** The kind again as doc values, read while counting from the postings. */
    public static final String KIND_DV = "kind_dv";
    public static final String UNIT_ID = "unit";
    public static final String DOCUMENT_ID = "document";
    public static final String START = "start";
    public static final String CODING_ID = "coding";
    public static final String TEXT = "text";
    /** The language a unit's words were segmented in, stored. */
    public static final String UNIT_LANG = "unit_lang";
    public static final String LANG = "lang";
    public static final String CODE = "code";
    public static final String CODER = "coder";
    public static final String DOC_NAME = "doc";
    public static final String ATTR = "attr";
    /** Marks ({@link #YES}) a unit whose words are verified in its text, not counted from the postings. */
    public static final String VERIFY_WORDS = "verify_words";
    public static final String YES = "yes";

    public static final String DOCUMENT_UNIT = "document";
    public static final String PARAGRAPH_UNIT = "paragraph";
    public static final String SEGMENT_UNIT = "segment";

    private Fields() {
    }

    static String segmentUnit(long codingId) {
        return "s" + codingId;
    }
}
