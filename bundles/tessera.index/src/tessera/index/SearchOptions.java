package tessera.index;

/**
 * How to search: the unit a query's words must share (a whole document, or one paragraph; queries that name a
 * code or coder always match coded segments) and how many hits to return with their context (all are counted).
 */
public record SearchOptions(Unit unit, int limit) {

    public enum Unit { DOCUMENT, PARAGRAPH }

    public static final SearchOptions DEFAULT = new SearchOptions(Unit.DOCUMENT, 1000);
}
