package tessera.analysis.agreement;

/**
 * Two coders' decisions on the same units (characters, or documents for a binary choice): both coded, only the
 * first, only the second, neither. Percentage agreement and Cohen's kappa follow from the four counts, as NVivo
 * documents them for characters: TA = both + neither over TU units; kappa = (TA - EF) / (TU - EF) with
 * EF = |A| |B| / TU + |not A| |not B| / TU, and kappa = 1 where TU = EF (the coders agree by necessity).
 */
public record PairCounts(long both, long firstOnly, long secondOnly, long neither) {

    public long total() {
        return both + firstOnly + secondOnly + neither;
    }

    /** Agreement in percent; null (undefined) when there are no units. */
    public Double agreement() {
        long tu = total();
        return tu == 0 ? null : 100.0 * (both + neither) / tu;
    }

    /** Cohen's kappa; null (undefined) when there are no units. */
    public Double kappa() {
        double tu = total();
        if (tu == 0) {
            return null;
        }
        double a = both + firstOnly;
        double b = both + secondOnly;
        double expected = a * b / tu + (tu - a) * (tu - b) / tu;
        double observed = both + neither;
        return tu == expected ? 1.0 : (observed - expected) / (tu - expected);
    }

    public PairCounts plus(PairCounts o) {
        return new PairCounts(both + o.both, firstOnly + o.firstOnly, secondOnly + o.secondOnly, neither + o.neither);
    }

    /** The counts of two coders' spans over a text of {@code length} characters. */
    public static PairCounts of(Spans first, Spans second, long length) {
        long both = first.overlap(second);
        long firstOnly = first.length() - both;
        long secondOnly = second.length() - both;
        return new PairCounts(both, firstOnly, secondOnly, length - both - firstOnly - secondOnly);
    }
}
