package tessera.analysis.agreement;

import java.util.Comparator;
import java.util.List;

/**
 * One coder's partition of one document for the unitized alphas: their units (values 1, 2, ...) in order and the
 * gaps between them (value 0), together covering every character of the document exactly once.
 */
final class Track {

    /** A unit: a stretch [start, end) one coder gave one value. */
    record Unit(int value, int start, int end) {
    }

    final int[] value;
    final int[] start;
    final int[] end;

    private Track(int[] value, int[] start, int[] end) {
        this.value = value;
        this.start = start;
        this.end = end;
    }

    /** The units (which must not overlap; empty ones are left out) and the gaps around them, up to length. */
    static Track of(List<Unit> units, int length) {
        List<Unit> sorted = units.stream().filter(u -> u.end() > u.start())
                .sorted(Comparator.comparingInt(Unit::start)).toList();
        int n = sorted.size() * 2 + 1;
        int[] v = new int[n];
        int[] s = new int[n];
        int[] e = new int[n];
        int k = 0;
        int at = 0;
        for (Unit u : sorted) {
            if (u.start() < at) {
                throw new IllegalArgumentException("units overlap at " + u.start());
            }
            if (u.start() > at) {
                k = put(v, s, e, k, 0, at, u.start());
            }
            k = put(v, s, e, k, u.value(), u.start(), Math.min(u.end(), length));
            at = Math.min(u.end(), length);
        }
        if (at < length) {
            k = put(v, s, e, k, 0, at, length);
        }
        return new Track(java.util.Arrays.copyOf(v, k), java.util.Arrays.copyOf(s, k), java.util.Arrays.copyOf(e, k));
    }

    private static int put(int[] v, int[] s, int[] e, int k, int value, int from, int to) {
        if (to <= from) {
            return k;
        }
        v[k] = value;
        s[k] = from;
        e[k] = to;
        return k + 1;
    }

    int size() {
        return value.length;
    }

    long length(int i) {
        return end[i] - start[i];
    }
}
