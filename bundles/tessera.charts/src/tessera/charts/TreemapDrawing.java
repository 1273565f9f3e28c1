package tessera.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import tessera.analysis.query.QueryData;
import tessera.charts.internal.ChartMessages;

/**
 * The code hierarchy as a squarified treemap: each code a box with the area of its codings and its subcodes',
 * subcodes nested inside under a header, a code's own codings in a box of its own colour.
 */
final class TreemapDrawing implements Chart {

    private static final double HEADER = 18;

    private final List<CodeTree> roots;
    private final QueryData data;
    private final Set<Long> documentIds;

    TreemapDrawing(List<CodeTree> roots, QueryData data, Set<Long> documentIds) {
        this.roots = roots;
        this.data = data;
        this.documentIds = documentIds;
    }

    @Override
    public String title() {
        return ChartMessages.titleHierarchy;
    }

    @Override
    public List<ChartHit> draw(Graphics2D g, Rectangle2D area) {
        Rectangle2D inner = ChartTitle.draw(g, area, title());
        List<ChartHit> hits = new ArrayList<>();
        layout(g, roots, inner, 0, hits);
        return hits;
    }

    private void layout(Graphics2D g, List<CodeTree> nodes, Rectangle2D r, int depth, List<ChartHit> hits) {
        List<CodeTree> shown = nodes.stream().filter(n -> n.total() > 0)
                .sorted(Comparator.comparingLong(CodeTree::total).reversed()).toList();
        List<Rectangle2D> boxes = Squarify.layout(shown.stream().map(n -> (double) n.total()).toList(), r);
        for (int i = 0; i < shown.size(); i++) {
            box(g, shown.get(i), boxes.get(i), depth, hits);
        }
    }

    private void box(Graphics2D g, CodeTree n, Rectangle2D b, int depth, List<ChartHit> hits) {
        Color fill = ChartColours.lighter(n.colour(), Math.min(0.6, 0.15 * depth));
        g.setPaint(fill);
        g.fill(b);
        g.setPaint(Color.WHITE);
        g.setStroke(new BasicStroke(depth == 0 ? 2f : 1f));
        g.draw(b);
        g.setFont(ChartFonts.of(depth == 0 ? Font.BOLD : Font.PLAIN, 12));
        g.setPaint(ChartColours.textOn(fill));
        String label = n.name() + " (" + n.total() + ")";
        if (b.getHeight() >= 16 && b.getWidth() >= 24) {
            ChartTitle.fitted(g, label, b.getX() + 4, b.getY() + 14, b.getWidth() - 8);
        }
        boolean nested = !n.children().isEmpty() && n.total() > n.own() && b.getHeight() > HEADER * 2;
        java.util.Set<Long> codes = nested ? data.codebook().subtree(n.codeId()) : java.util.Set.of(n.codeId());
        hits.add(new ChartHit(b, label, () -> data.codings(codes, null, documentIds)));
        if (nested) {
            Rectangle2D inside = new Rectangle2D.Double(b.getX() + 3, b.getY() + HEADER, b.getWidth() - 6,
                    b.getHeight() - HEADER - 3);
            List<CodeTree> parts = new ArrayList<>(n.children());
            if (n.own() > 0) {
                parts.add(new CodeTree(n.codeId(), n.name(), n.colour(), n.own(), n.own(), List.of()));
            }
            layout(g, parts, inside, depth + 1, hits);
        }
    }
}
