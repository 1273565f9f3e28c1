package tessera.analysis.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sorted, disjoint code-point intervals [start, end): the characters one coder coded with one code in one document.
 * A coder's overlapping or touching codings of a code are one union, so each character counts once.
 */
public final class Spans {

    static final Spans EMPTY = new Spans(new int[0], new int[0]);

    private final int[] starts;
    private final int[] ends;

    private Spans(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** The union of intervals given as {start, end} pairs, in any order. */
    public static Spans union(List<int[]> intervals) {
        int[][] sorted = intervals.stream().filter(i -> i[1] > i[0]).sorted((a, b) -> Integer.compare(a[0], b[0]))
                .toArray(int[][]::new);
        List<int[]> merged = new ArrayList<>();
        for (int[] i : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && i[0] <= last[1]) {
                last[1] = Math.max(last[1], i[1]);
            } else {
                merged.add(new int[] {i[0], i[1]});
            }
        }
        return new Spans(merged.stream().mapToInt(i -> i[0]).toArray(), merged.stream().mapToInt(i -> i[1]).toArray());
    }

    public int size() {
        return starts.length;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** How many characters the spans cover. */
    public long length() {
        long n = 0;
        for (int i = 0; i < starts.length; i++) {
            n += ends[i] - starts[i];
        }
        return n;
    }

    /** How many characters both these spans and the other cover. */
    public long overlap(Spans other) {
        return intersection(other).length();
    }

    /** The characters either these spans or the other cover. */
    public Spans or(Spans other) {
        List<int[]> all = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            all.add(new int[] {starts[i], ends[i]});
        }
        for (int i = 0; i < other.starts.length; i++) {
            all.add(new int[] {other.starts[i], other.ends[i]});
        }
        return union(all);
    }

    /** The characters both these spans and the other cover. */
    public Spans intersection(Spans other) {
        List<int[]> both = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < starts.length && j < other.starts.length) {
            int from = Math.max(starts[i], other.starts[j]);
            int to = Math.min(ends[i], other.ends[j]);
            if (to > from) {
                both.add(new int[] {from, to});
            }
            if (ends[i] < other.ends[j]) {
                i++;
            } else {
                j++;
            }
        }
        return union(both);
    }

    /** Whether a character lies in one of the spans. */
    public boolean covers(int cp) {
        int i = Arrays.binarySearch(starts, cp);
        int k = i >= 0 ? i : -i - 2;
        return k >= 0 && cp < ends[k];
    }

    /** Every start and end, the places where coverage can change. */
    int[] edges() {
        int[] out = new int[starts.length * 2];
        for (int i = 0; i < starts.length; i++) {
            out[2 * i] = starts[i];
            out[2 * i + 1] = ends[i];
        }
        return out;
    }
}
