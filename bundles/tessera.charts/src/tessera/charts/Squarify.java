package tessera.charts;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The squarified treemap layout of Bruls, Huizing and van Wijk (2000): values, largest first, are laid in rows
 * along the shorter side of what is left, a row growing while that makes its rectangles squarer.
 */
final class Squarify {

    private Squarify() {
    }

    /** Rectangles for positive values sorted largest first, their areas in proportion, filling {@code r}. */
    static List<Rectangle2D> layout(List<Double> values, Rectangle2D r) {
        List<Rectangle2D> out = new ArrayList<>();
        double total = values.stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0 || r.getWidth() <= 0 || r.getHeight() <= 0) {
            values.forEach(v -> out.add(new Rectangle2D.Double(r.getX(), r.getY(), 0, 0)));
            return out;
        }
        double scale = r.getWidth() * r.getHeight() / total;
        List<Double> areas = values.stream().map(v -> v * scale).toList();
        Rectangle2D rest = (Rectangle2D) r.clone();
        int i = 0;
        while (i < areas.size()) {
            double side = Math.min(rest.getWidth(), rest.getHeight());
            int end = i + 1;
            while (end < areas.size() && worst(areas, i, end + 1, side) <= worst(areas, i, end, side)) {
                end++;
            }
            rest = place(areas, i, end, rest, out);
            i = end;
        }
        return out;
    }

    /** The worst aspect ratio of areas [from, to) laid in a row along a side. */
    private static double worst(List<Double> areas, int from, int to, double side) {
        double sum = 0;
        double max = 0;
        double min = Double.MAX_VALUE;
        for (int k = from; k < to; k++) {
            sum += areas.get(k);
            max = Math.max(max, areas.get(k));
            min = Math.min(min, areas.get(k));
        }
        double s2 = side * side;
        return Math.max(s2 * max / (sum * sum), sum * sum / (s2 * min));
    }

    private static Rectangle2D place(List<Double> areas, int from, int to, Rectangle2D rest, List<Rectangle2D> out) {
        double sum = 0;
        for (int k = from; k < to; k++) {
            sum += areas.get(k);
        }
        boolean wide = rest.getWidth() >= rest.getHeight();
        if (wide) { // a column at the left
            double w = sum / rest.getHeight();
            double y = rest.getY();
            for (int k = from; k < to; k++) {
                double h = areas.get(k) / w;
                out.add(new Rectangle2D.Double(rest.getX(), y, w, h));
                y += h;
            }
            return new Rectangle2D.Double(rest.getX() + w, rest.getY(), rest.getWidth() - w, rest.getHeight());
        }
        double h = sum / rest.getWidth();
        double x = rest.getX();
        for (int k = from; k < to; k++) {
            double w = areas.get(k) / h;
            out.add(new Rectangle2D.Double(x, rest.getY(), w, h));
            x += w;
        }
        return new Rectangle2D.Double(rest.getX(), rest.getY() + h, rest.getWidth(), rest.getHeight() - h);
    }
}
