package tessera.analysis.query;

import java.util.ArrayList;
import java.util.List;

/** Set algebra on one document's sorted ranges: union, intersection and difference of the stretches they cover. */
final class Stretches {

    private Stretches() {
    }

    /** Sorted ranges joined where they overlap or touch. */
    static List<Range> merge(List<Range> sorted) {
        List<Range> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Range r : sorted) {
            if (start >= 0 && r.start() <= end) {
                end = Math.max(end, r.end());
            } else {
                if (start >= 0) {
                    out.add(new Range(start, end));
                }
                start = r.start();
                end = r.end();
            }
        }
        if (start >= 0) {
            out.add(new Range(start, end));
        }
        return out;
    }

    /** Intersection of two merged lists. */
    static List<Range> intersect(List<Range> a, List<Range> b) {
        List<Range> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            Range x = a.get(i);
            Range y = b.get(j);
            int s = Math.max(x.start(), y.start());
            int e = Math.min(x.end(), y.end());
            if (s < e) {
                out.add(new Range(s, e));
            }
            if (x.end() < y.end()) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    /** The parts of merged list a outside merged list b. */
    static List<Range> subtract(List<Range> a, List<Range> b) {
        List<Range> out = new ArrayList<>();
        int j = 0;
        for (Range x : a) {
            int s = x.start();
            while (j < b.size() && b.get(j).end() <= s) {
                j++;
            }
            int k = j;
            while (k < b.size() && b.get(k).start() < x.end()) {
                Range y = b.get(k);
                if (y.start() > s) {
                    out.add(new Range(s, y.start()));
                }
                s = Math.max(s, y.end());
                k++;
            }
            if (s < x.end()) {
                out.add(new Range(s, x.end()));
            }
        }
        return out;
    }
}
