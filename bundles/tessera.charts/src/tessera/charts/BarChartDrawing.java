package tessera.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Grouped or stacked bars drawn by JFreeChart, each bar a click-through to its segments. */
final class BarChartDrawing implements Chart {

    private final CategoryData data;
    private final boolean stacked;
    private final boolean horizontal;

    BarChartDrawing(CategoryData data, boolean stacked, boolean horizontal) {
        this.data = data;
        this.stacked = stacked;
        this.horizontal = horizontal;
    }

    @Override
    public String title() {
        return data.title();
    }

    @Override
    public List<ChartHit> draw(Graphics2D g, Rectangle2D area) {
        JFreeChart chart = chart();
        ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
        chart.draw(g, area, info);
        List<ChartHit> hits = new ArrayList<>();
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof CategoryItemEntity e) {
                int s = data.series().indexOf((String) e.getRowKey());
                int c = data.categories().indexOf((String) e.getColumnKey());
                hits.add(new ChartHit(((ChartEntity) e).getArea(), data.series().get(s) + " / "
                        + data.categories().get(c) + ": " + Numbers.format(data.values()[s][c]), data.segments()[s][c]));
            }
        }
        return hits;
    }

    private JFreeChart chart() {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (int s = 0; s < data.series().size(); s++) {
            for (int c = 0; c < data.categories().size(); c++) {
                ds.addValue(data.values()[s][c], data.series().get(s), data.categories().get(c));
            }
        }
        PlotOrientation orientation = horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
        boolean legend = data.series().size() > 1;
        JFreeChart chart = stacked
                ? ChartFactory.createStackedBarChart(data.title(), null, data.valueName(), ds, orientation, legend,
                        false, false)
                : ChartFactory.createBarChart(data.title(), null, data.valueName(), ds, orientation, legend, false,
                        false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(200, 200, 200));
        if (!horizontal && data.categories().size() > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        if (java.util.Arrays.stream(data.values()).flatMapToDouble(java.util.Arrays::stream).allMatch(v -> v == Math.rint(v))) {
            // counts: whole-number ticks, not 0.2 of a segment
            ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setStandardTickUnits(
                    org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int s = 0; s < data.series().size(); s++) {
            renderer.setSeriesPaint(s, ChartColours.awt(data.colours().get(s)));
        }
        return chart;
    }

    /** JFreeChart's fonts replaced by one that shows CJK labels. */
    static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Tessera");
        theme.setExtraLargeFont(ChartFonts.of(Font.BOLD, 18));
        theme.setLargeFont(ChartFonts.of(Font.BOLD, 14));
        theme.setRegularFont(ChartFonts.of(Font.PLAIN, 12));
        theme.setSmallFont(ChartFonts.of(Font.PLAIN, 10));
        theme.setChartBackgroundPaint(Color.WHITE);
        return theme;
    }
}
