package tessera.analysis.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import tessera.core.text.Paragraphs;

/** The operators that keep some of the left side's whole segments, judged against the right side's in the same document. */
final class SegmentFilters {

    private SegmentFilters() {
    }

    /** The segments that contain one of the hits ({@code keep} true), or that contain none. */
    static Segments containing(Segments segments, Segments hits, boolean keep) {
        return segments.perDocument(segments.documents(), (doc, list) -> {
            List<Range> h = hits.in(doc);
            List<Range> out = new ArrayList<>();
            for (Range s : list) {
                if (h.stream().anyMatch(x -> x.inside(s)) == keep) {
                    out.add(s);
                }
            }
            return out;
        });
    }

    static Segments keep(Operator op, Expr.Distance distance, Segments left, Segments right,
            LongFunction<Paragraphs> paragraphs) {
        return left.perDocument(left.documents(), (doc, list) -> {
            List<Range> others = right.in(doc);
            Paragraphs p = distance != null && distance.paragraphs() ? paragraphs.apply(doc) : null;
            List<Range> out = new ArrayList<>();
            for (Range a : list) {
                if (matches(op, distance, a, others, p)) {
                    out.add(a);
                }
            }
            return out;
        });
    }

    private static boolean matches(Operator op, Expr.Distance d, Range a, List<Range> others, Paragraphs p) {
        return switch (op) {
            case OUTSIDE -> others.stream().noneMatch(a::inside);
            case INSIDE -> others.stream().anyMatch(a::inside);
            case OVERLAPS -> others.stream().anyMatch(a::overlaps);
            case NEAR -> others.stream().anyMatch(b -> (p == null ? a.gap(b) : paragraphGap(p, a, b)) <= d.amount());
            case FOLLOWED_BY -> others.stream().anyMatch(b -> b.start() >= a.end() && (p == null
                    ? (long) b.start() - a.end() <= d.amount()
                    : p.paragraphOf(b.start()) - p.last(a.start(), a.end()) <= d.amount()));
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    /** Paragraphs between two segments: 0 when they share one. */
    private static int paragraphGap(Paragraphs p, Range a, Range b) {
        int fa = p.first(a.start(), a.end());
        int la = p.last(a.start(), a.end());
        int fb = p.first(b.start(), b.end());
        int lb = p.last(b.start(), b.end());
        return Math.max(0, Math.max(fa, fb) - Math.min(la, lb));
    }
}
