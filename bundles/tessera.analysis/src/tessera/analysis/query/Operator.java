package tessera.analysis.query;

/** The coding queries' operators, in the words a query writes them with. */
public enum Operator {
    /** Stretches coded by both. */
    AND,
    /** Stretches coded by either, merged. */
    OR,
    /** The left side's stretches less the right side's. */
    NOT,
    /** The left side's segments that overlap one of the right side's. */
    OVERLAPS,
    /** The left side's segments wholly inside one of the right side's. */
    INSIDE,
    /** The left side's segments not wholly inside any of the right side's. */
    OUTSIDE,
    /** The left side's segments with one of the right side's at most a distance away. */
    NEAR,
    /** The left side's segments with one of the right side's starting after them, at most a distance later. */
    FOLLOWED_BY;

    /** Operators that keep the left side's whole segments rather than combine stretches. */
    public boolean keepsSegments() {
        return ordinal() >= OVERLAPS.ordinal();
    }

    public String written() {
        return this == FOLLOWED_BY ? "FOLLOWED BY" : name();
    }
}
