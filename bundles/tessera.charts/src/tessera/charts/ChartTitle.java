package tessera.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

/** The white ground, title and anti-aliasing the charts Tessera draws itself share; returns the area below the title. */
final class ChartTitle {

    static final double MARGIN = 12;

    private ChartTitle() {
    }

    static Rectangle2D draw(Graphics2D g, Rectangle2D area, String title) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(Color.WHITE);
        g.fill(area);
        g.setFont(ChartFonts.of(Font.BOLD, 18));
        FontMetrics fm = g.getFontMetrics();
        g.setPaint(Color.BLACK);
        g.drawString(title, (float) (area.getCenterX() - fm.stringWidth(title) / 2.0),
                (float) (area.getY() + MARGIN + fm.getAscent()));
        double top = MARGIN * 2 + fm.getHeight();
        return new Rectangle2D.Double(area.getX() + MARGIN, area.getY() + top, area.getWidth() - 2 * MARGIN,
                area.getHeight() - top - MARGIN);
    }

    /** Draws text cut with an ellipsis to fit a width. */
    static void fitted(Graphics2D g, String text, double x, double y, double width) {
        FontMetrics fm = g.getFontMetrics();
        String s = text;
        if (fm.stringWidth(s) > width) {
            while (!s.isEmpty() && fm.stringWidth(s + "\u2026") > width) {
                s = s.substring(0, s.offsetByCodePoints(s.length(), -1));
            }
            s = s.isEmpty() ? "" : s + "\u2026";
        }
        g.drawString(s, (float) x, (float) y);
    }
}
