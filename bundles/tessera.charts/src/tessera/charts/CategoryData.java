package tessera.charts;

import java.util.List;
import java.util.function.Supplier;

import tessera.analysis.query.Segments;
import tessera.core.model.Colour;

/**
 * The numbers behind a bar chart: a value per series (a code, with its colour) and category (an attribute value,
 * or a code), and the segments behind each bar.
 */
public record CategoryData(String title, String valueName, List<String> series, List<Colour> colours,
        List<String> categories, double[][] values, Supplier<Segments>[][] segments) {

    public double value(String seriesName, String category) {
        return values[series.indexOf(seriesName)][categories.indexOf(category)];
    }
}
