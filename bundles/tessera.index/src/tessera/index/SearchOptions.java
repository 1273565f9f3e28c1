package tessera.index;

/**
 * How to search: the unit a query's words must share (a whole document, or one paragraph; queries that name a
 * code or coder always match coded segments), how many hits to return with their context (all are counted), and
 * up to how many candidate paragraphs every occurrence is verified in the stored text: above that, pure CJK
 * literals are counted from the postings (reading and folding a paragraph takes about 40 microseconds).
 */
public record SearchOptions(Unit unit, int limit, int verifyUpTo) {

    public enum Unit { DOCUMENT, PARAGRAPH }

    /** The candidates verified one by one before counting from the postings pays. */
    public static final int VERIFY_UP_TO = 200;

    public static final SearchOptions DEFAULT = new SearchOptions(Unit.DOCUMENT, 1000);

    public SearchOptions(Unit unit, int limit) {
        this(unit, limit, VERIFY_UP_TO);
    }

    /** These options with another verification threshold. */
    public SearchOptions verifyingUpTo(int candidates) {
        return new SearchOptions(unit, limit, candidates);
    }
}
