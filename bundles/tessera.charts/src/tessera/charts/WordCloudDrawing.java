package tessera.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tessera.analysis.query.CodingQuery;
import tessera.analysis.query.QueryData;
import tessera.charts.internal.ChartMessages;
import tessera.index.WordFrequencies;

/**
 * A word cloud: the most frequent words, sized by the square root of their count (rarest smallest), placed from the centre
 * outward along a spiral where they do not overlap; a word leads to where the text shows it.
 */
final class WordCloudDrawing implements Chart {

    private static final Color[] PALETTE = {new Color(31, 119, 180), new Color(214, 39, 40), new Color(44, 160, 44),
        new Color(148, 103, 189), new Color(255, 127, 14), new Color(140, 86, 75), new Color(23, 190, 207)};

    private final List<WordFrequencies.Word> words;
    private final QueryData data;
    private final Set<Long> documentIds;

    WordCloudDrawing(List<WordFrequencies.Word> words, QueryData data, Set<Long> documentIds) {
        this.words = words;
        this.data = data;
        this.documentIds = documentIds;
    }

    @Override
    public String title() {
        return ChartMessages.titleWordCloud;
    }

    @Override
    public List<ChartHit> draw(Graphics2D g, Rectangle2D area) {
        Rectangle2D inner = ChartTitle.draw(g, area, title());
        List<ChartHit> hits = new ArrayList<>();
        List<Rectangle2D> placed = new ArrayList<>();
        int max = words.stream().mapToInt(WordFrequencies.Word::count).max().orElse(1);
        int min = words.stream().mapToInt(WordFrequencies.Word::count).min().orElse(1);
        double smallest = 12;
        double biggest = Math.max(14, Math.min(96, inner.getHeight() / 4.5));
        for (int i = 0; i < words.size(); i++) {
            WordFrequencies.Word w = words.get(i);
            // from the smallest size for the rarest word to the biggest for the most frequent, by the square root
            double share = max == min ? 0.5 : Math.sqrt((double) (w.count() - min) / (max - min));
            float size = (float) (smallest + (biggest - smallest) * share);
            g.setFont(ChartFonts.of(i < 10 ? Font.BOLD : Font.PLAIN, size));
            FontMetrics fm = g.getFontMetrics();
            Rectangle2D box = place(placed, inner, fm.stringWidth(w.word()), fm.getAscent() + fm.getDescent());
            if (box == null) {
                continue; // no room left for it: a smaller window shows fewer words
            }
            placed.add(box);
            g.setPaint(PALETTE[i % PALETTE.length]);
            g.drawString(w.word(), (float) box.getX(), (float) (box.getY() + fm.getAscent()));
            String phrase = "\"" + w.word().replace("\"", "") + "\"";
            hits.add(new ChartHit(box, w.word() + ": " + w.count(), () -> documentIds == null
                    ? CodingQuery.ranges(data, phrase) : CodingQuery.ranges(data, phrase).within(documentIds)));
        }
        return hits;
    }

    /** The first free place along a spiral from the centre, or null when the area is full. */
    private static Rectangle2D place(List<Rectangle2D> placed, Rectangle2D area, double w, double h) {
        double cx = area.getCenterX() - w / 2;
        double cy = area.getCenterY() - h / 2;
        double aspect = area.getWidth() / Math.max(1, area.getHeight());
        for (double t = 0; t < 600; t += 0.1) {
            double r = 2 * t;
            Rectangle2D box = new Rectangle2D.Double(cx + r * aspect * Math.cos(t), cy + r * Math.sin(t), w, h);
            if (area.contains(box) && placed.stream().noneMatch(p -> p.intersects(box.getX() - 2, box.getY() - 1,
                    box.getWidth() + 4, box.getHeight() + 2))) {
                return box;
            }
        }
        return null;
    }
}
