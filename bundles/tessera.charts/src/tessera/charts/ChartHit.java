package tessera.charts;

import java.awt.Shape;

import tessera.analysis.query.Segments;

/** A part of a drawn chart (a bar, an edge, a node, a word), what it is called, and the segments behind it (found when asked). */
public record ChartHit(Shape shape, String label, java.util.function.Supplier<Segments> segments) {

    /** The hit under a point, the last drawn (topmost) first; null when there is none. */
    public static ChartHit at(java.util.List<ChartHit> hits, double x, double y) {
        for (int i = hits.size() - 1; i >= 0; i--) {
            if (hits.get(i).shape().contains(x, y)) {
                return hits.get(i);
            }
        }
        return null;
    }
}
