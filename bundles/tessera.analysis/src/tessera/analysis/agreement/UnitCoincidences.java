package tessera.analysis.agreement;

import java.util.List;

/**
 * The sums the unitized alphas are made of (Krippendorff, Mathet, Bouvry &amp; Widlöcher 2016), over m coders'
 * {@link Track}s of the same documents:
 * <ul>
 * <li>observed coincidences o[c][k]: for every ordered pair of different coders, the lengths of the intersections of
 * the first's segments of value c with the second's of value k, divided by m - 1 (value 0 is the gaps);</li>
 * <li>squares[c]: the sum of the squared lengths of all units of value c; a gap has no structure, so each of its
 * characters counts as a unit of length 1 and squares[0] is the gaps' total length;</li>
 * <li>overlapSquares[c]: for cuα, which looks only where units intersect units, the sum over every unit g of value
 * c and every other coder j of (the length of g that j's units cover)², divided by m - 1.</li>
 * </ul>
 */
final class UnitCoincidences {

    final int values;
    final double[][] observed;
    final double[] squares;
    final double[] overlapSquares;
    /** m coders times the continuum's length: every character once per coder. */
    final double total;

    private UnitCoincidences(int values, double total) {
        this.values = values;
        this.total = total;
        observed = new double[values + 1][values + 1];
        squares = new double[values + 1];
        overlapSquares = new double[values + 1];
    }

    /**
     * @param values how many values units can have (1..values)
     * @param coders per coder, their track in each document (the same documents, in the same order, for all)
     */
    static UnitCoincidences of(int values, List<List<Track>> coders) {
        int m = coders.size();
        long length = coders.isEmpty() ? 0 : coders.get(0).stream().mapToLong(t -> t.end.length == 0 ? 0
                : t.end[t.end.length - 1]).sum();
        UnitCoincidences u = new UnitCoincidences(values, (double) m * length);
        for (List<Track> coder : coders) {
            for (Track t : coder) {
                for (int g = 0; g < t.size(); g++) {
                    long l = t.length(g);
                    u.squares[t.value[g]] += t.value[g] == 0 ? l : (double) l * l;
                }
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                for (int d = 0; d < coders.get(i).size(); d++) {
                    u.pair(coders.get(i).get(d), coders.get(j).get(d));
                }
            }
        }
        for (int c = 0; c <= values; c++) {
            for (int k = 0; k <= values; k++) {
                u.observed[c][k] /= m - 1;
            }
            u.overlapSquares[c] /= m - 1;
        }
        return u;
    }

    /** Adds one pair of coders' tracks of a document, both ways round. */
    private void pair(Track a, Track b) {
        long[] coveredA = new long[a.size()];
        long[] coveredB = new long[b.size()];
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            long both = Math.min(a.end[i], b.end[j]) - Math.max(a.start[i], b.start[j]);
            if (both > 0) {
                observed[a.value[i]][b.value[j]] += both;
                observed[b.value[j]][a.value[i]] += both;
                if (a.value[i] != 0 && b.value[j] != 0) {
                    coveredA[i] += both;
                    coveredB[j] += both;
                }
            }
            if (a.end[i] <= b.end[j]) {
                i++;
            } else {
                j++;
            }
        }
        addOverlapSquares(a, coveredA);
        addOverlapSquares(b, coveredB);
    }

    private void addOverlapSquares(Track t, long[] covered) {
        for (int g = 0; g < t.size(); g++) {
            if (t.value[g] != 0) {
                overlapSquares[t.value[g]] += (double) covered[g] * covered[g];
            }
        }
    }

    /** The row sum of value c: how many characters all coders together gave c. */
    double margin(int c) {
        double s = 0;
        for (int k = 0; k <= values; k++) {
            s += observed[c][k];
        }
        return s;
    }
}
