package tessera.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import tessera.analysis.query.Range;
import tessera.analysis.query.Segments;
import tessera.charts.internal.ChartMessages;

/** One document's codeline: a row per code, its codings as bars along the text, a scale in characters. */
final class CodelineDrawing implements Chart {

    private final Codeline line;

    CodelineDrawing(Codeline line) {
        this.line = line;
    }

    @Override
    public String title() {
        return NLS.bind(ChartMessages.titlePortrait, line.document());
    }

    @Override
    public List<ChartHit> draw(Graphics2D g, Rectangle2D area) {
        Rectangle2D inner = ChartTitle.draw(g, area, title());
        List<ChartHit> hits = new ArrayList<>();
        g.setFont(ChartFonts.of(Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        double labels = Math.min(inner.getWidth() * 0.3, 240);
        double x0 = inner.getX() + labels;
        double width = inner.getWidth() - labels - 8;
        double scale = fm.getHeight() + 6;
        double rowHeight = line.rows().isEmpty() ? 0
                : Math.min(26, (inner.getHeight() - scale) / line.rows().size());
        double y = inner.getY();
        int length = Math.max(1, line.length());
        for (Codeline.Row row : line.rows()) {
            g.setPaint(Color.BLACK);
            ChartTitle.fitted(g, row.path(), inner.getX(), y + rowHeight / 2 + fm.getAscent() / 2.0 - 2, labels - 8);
            g.setPaint(new Color(238, 238, 238));
            g.fill(new Rectangle2D.Double(x0, y + 2, width, rowHeight - 4));
            for (Codeline.Bar b : row.bars()) {
                double bx = x0 + width * b.start() / length;
                double bw = Math.max(2, width * (b.end() - b.start()) / length);
                Rectangle2D bar = new Rectangle2D.Double(bx, y + 3, bw, rowHeight - 6);
                g.setPaint(ChartColours.awt(row.colour()));
                g.fill(bar);
                String label = row.path() + " [" + b.start() + ", " + b.end() + ")";
                Segments one = Segments.of(Map.of(line.documentId(), List.of(new Range(b.start(), b.end()))));
                hits.add(new ChartHit(bar, label, () -> one));
            }
            y += rowHeight;
        }
        g.setPaint(Color.GRAY);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(x0, y + 2, x0 + width, y + 2));
        for (int i = 0; i <= 4; i++) {
            double x = x0 + width * i / 4;
            g.draw(new Line2D.Double(x, y + 2, x, y + 6));
            String tick = Integer.toString((int) ((long) length * i / 4));
            float tx = (float) Math.min(x - fm.stringWidth(tick) / 2.0, x0 + width - fm.stringWidth(tick));
            g.drawString(tick, tx, (float) (y + 6 + fm.getAscent()));
        }
        return hits;
    }
}
