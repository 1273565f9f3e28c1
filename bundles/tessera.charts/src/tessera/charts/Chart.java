package tessera.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A chart that draws itself on any Graphics2D: an SVG file, a PNG image, or the Charts view's picture. Drawing
 * reports where each bar, edge, node or word lies and which segments stand behind it, for the view's click-through.
 */
public interface Chart {

    String title();

    /** Draws the chart in the area; returns what lies where, in the area's coordinates. */
    List<ChartHit> draw(Graphics2D g, Rectangle2D area);
}
