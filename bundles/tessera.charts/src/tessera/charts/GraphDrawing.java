package tessera.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

import tessera.analysis.query.Combine;
import tessera.analysis.query.Operator;
import tessera.analysis.query.QueryData;
import tessera.charts.internal.ChartMessages;

/**
 * The co-occurrence map: codes as circles sized by their codings, placed by JGraphT's Fruchterman-Reingold
 * layout (seeded, so the same project draws the same map), lines as thick as the codings the two share.
 */
final class GraphDrawing implements Chart {

    private static final long SEED = 20261130L;
    private static final double NORMALIZATION = 0.5;

    private final CodeGraph graph;
    private final QueryData data;
    private final Set<Long> documentIds;

    GraphDrawing(CodeGraph graph, QueryData data, Set<Long> documentIds) {
        this.graph = graph;
        this.data = data;
        this.documentIds = documentIds;
    }

    @Override
    public String title() {
        return ChartMessages.titleCooccurrence;
    }

    @Override
    public List<ChartHit> draw(Graphics2D g, Rectangle2D area) {
        Rectangle2D inner = ChartTitle.draw(g, area, title());
        List<ChartHit> hits = new ArrayList<>();
        if (graph.nodes().isEmpty()) {
            return hits;
        }
        g.setFont(ChartFonts.of(Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        // room at the sides for the widest label, below for the labels under the circles
        double side = 10 + graph.nodes().stream().mapToInt(n -> fm.stringWidth(n.name() + " (" + n.codings() + ")"))
                .max().orElse(0) / 2.0;
        side = Math.min(side, inner.getWidth() / 4);
        Map<Long, java.awt.geom.Point2D> at = layout(new Rectangle2D.Double(inner.getX() + side, inner.getY() + 30,
                inner.getWidth() - 2 * side, inner.getHeight() - 30 - 30 - fm.getHeight()));
        int maxWeight = graph.edges().stream().mapToInt(CodeGraph.Edge::weight).max().orElse(1);
        int maxCodings = graph.nodes().stream().mapToInt(CodeGraph.Node::codings).max().orElse(1);
        for (CodeGraph.Edge e : graph.edges()) {
            Line2D line = new Line2D.Double(at.get(e.a()), at.get(e.b()));
            float width = 1f + 7f * e.weight() / maxWeight;
            g.setPaint(new Color(120, 120, 120, 150));
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
            String label = name(e.a()) + " \u2194 " + name(e.b()) + ": " + e.weight();
            hits.add(new ChartHit(new BasicStroke(Math.max(6f, width)).createStrokedShape(line), label,
                    () -> Combine.of(Operator.AND, null, codings(e.a()), codings(e.b()), null)));
        }
        for (CodeGraph.Node n : graph.nodes()) {
            double r = 6 + 18 * Math.sqrt((double) n.codings() / maxCodings);
            java.awt.geom.Point2D p = at.get(n.codeId());
            Ellipse2D circle = new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
            g.setPaint(ChartColours.awt(n.colour()));
            g.fill(circle);
            g.setPaint(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(1f));
            g.draw(circle);
            String label = n.name() + " (" + n.codings() + ")";
            g.setPaint(Color.BLACK);
            g.drawString(label, (float) (p.getX() - fm.stringWidth(label) / 2.0), (float) (p.getY() + r + fm.getAscent()));
            hits.add(new ChartHit(circle, label, () -> codings(n.codeId())));
        }
        return hits;
    }

    private tessera.analysis.query.Segments codings(long codeId) {
        return data.codings(Set.of(codeId), null, documentIds);
    }

    private String name(long codeId) {
        return graph.nodes().stream().filter(n -> n.codeId() == codeId).findFirst().map(CodeGraph.Node::name)
                .orElse("?");
    }

    private Map<Long, java.awt.geom.Point2D> layout(Rectangle2D box) {
        Graph<Long, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        graph.nodes().forEach(n -> g.addVertex(n.codeId()));
        graph.edges().forEach(e -> g.addEdge(e.a(), e.b()));
        // a hidden hub tied to every code: gravity, so that codes coded with nothing else stay in the picture
        // instead of being pushed into the corners; it is laid out with the others and then left out
        long hub = Long.MIN_VALUE;
        g.addVertex(hub);
        graph.nodes().forEach(n -> g.addEdge(hub, n.codeId()));
        MapLayoutModel2D<Long> model = new MapLayoutModel2D<>(new Box2D(0, 0, 1000, 1000));
        if (graph.nodes().size() > 1) {
            // a shorter ideal edge than the default keeps unlinked codes from being pushed into the corners
            new FRLayoutAlgorithm2D<Long, DefaultEdge>(FRLayoutAlgorithm2D.DEFAULT_ITERATIONS, NORMALIZATION,
                    new Random(SEED)).layout(g, model);
        } else {
            model.put(graph.nodes().get(0).codeId(), Point2D.of(500, 500));
            model.put(hub, Point2D.of(500, 500));
        }
        // fit what the layout made into the box, whatever its extent
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        g.removeVertex(hub);
        for (long v : g.vertexSet()) {
            Point2D p = model.get(v);
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        // one scale for both axes (the layout's shape kept), at most what a 1000-unit layout needs to fill the box
        double fit = Math.min(box.getWidth(), box.getHeight()) / 1000;
        double sx = maxX > minX ? box.getWidth() / (maxX - minX) : Double.MAX_VALUE;
        double sy = maxY > minY ? box.getHeight() / (maxY - minY) : Double.MAX_VALUE;
        double scale = Math.min(Math.min(sx, sy), 2.5 * fit);
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        Map<Long, java.awt.geom.Point2D> out = new HashMap<>();
        for (long v : g.vertexSet()) {
            Point2D p = model.get(v);
            out.put(v, new java.awt.geom.Point2D.Double(box.getCenterX() + (p.getX() - cx) * scale,
                    box.getCenterY() + (p.getY() - cy) * scale));
        }
        return out;
    }
}
