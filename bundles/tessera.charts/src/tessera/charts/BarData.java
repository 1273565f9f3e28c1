package tessera.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import tessera.analysis.query.AxisItem;
import tessera.analysis.query.MatrixAxis;
import tessera.analysis.query.MatrixQuery;
import tessera.analysis.query.Operator;
import tessera.analysis.query.QueryData;
import tessera.analysis.query.Segments;
import tessera.charts.internal.ChartMessages;
import tessera.core.model.Code;
import tessera.core.model.Colour;
import tessera.exchange.matrix.MatrixValue;

/** Bar chart data from matrix coding queries: codes by an attribute's values, and code frequencies. */
public final class BarData {

    private BarData() {
    }

    /** Each shown code's codings (with its subcodes') per value of the attribute, in the chosen documents. */
    @SuppressWarnings("unchecked")
    public static CategoryData codesByAttribute(QueryData data, ChartRequest r) {
        if (r.attribute() == null) {
            throw new IllegalArgumentException(ChartMessages.needsAttribute);
        }
        List<Code> codes = ShownCodes.of(data.codebook(), r.codeIds());
        List<AxisItem> rows = codes.stream().map(c -> new AxisItem(c.name(), data.codebook().subtree(c.id()),
                r.documentIds(), null, c.id(), 0)).toList();
        List<AxisItem> columns = MatrixAxis.ATTRIBUTE.items(data, List.of(r.attribute()));
        MatrixQuery m = new MatrixQuery(data, rows, columns, Operator.AND, null);
        double[][] values = new double[rows.size()][columns.size()];
        Supplier<Segments>[][] behind = new Supplier[rows.size()][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Set<Long> docs = columns.get(c).documentIds();
            long documents = r.documentIds() == null ? docs.size()
                    : docs.stream().filter(r.documentIds()::contains).count();
            for (int i = 0; i < rows.size(); i++) {
                long v = m.value(i, c, r.value());
                values[i][c] = r.perDocument() ? documents == 0 ? 0 : (double) v / documents : v;
                int row = i;
                int col = c;
                behind[i][c] = () -> m.cell(row, col);
            }
        }
        String prefix = r.attribute() + " = ";
        return new CategoryData(NLS.bind(ChartMessages.titleCodesByAttribute, r.attribute()),
                valueName(r.value(), r.perDocument()), paths(data, codes), colours(codes),
                columns.stream().map(a -> a.label().substring(prefix.length())).toList(), values, behind);
    }

    /** Each shown code's codings, its own and its subcodes', in the chosen documents. */
    @SuppressWarnings("unchecked")
    public static CategoryData codeFrequencies(QueryData data, ChartRequest r) {
        List<Code> codes = r.codeIds() == null ? data.codebook().inOrder() : ShownCodes.of(data.codebook(), r.codeIds());
        List<AxisItem> rows = codes.stream().map(c -> new AxisItem(c.name(), data.codebook().subtree(c.id()),
                r.documentIds(), null, c.id(), 0)).toList();
        AxisItem all = new AxisItem("", null, null, null, -1, 0);
        MatrixQuery m = new MatrixQuery(data, rows, List.of(all), Operator.AND, null);
        double[][] values = new double[1][rows.size()];
        Supplier<Segments>[][] behind = new Supplier[1][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            values[0][i] = m.value(i, 0, r.value());
            int row = i;
            behind[0][i] = () -> m.cell(row, 0);
        }
        return new CategoryData(ChartMessages.titleCodeFrequencies, valueName(r.value(), false),
                List.of(valueName(r.value(), false)), List.of(new Colour(70, 110, 170)), paths(data, codes), values,
                behind);
    }

    private static List<String> paths(QueryData data, List<Code> codes) {
        List<String> out = new ArrayList<>();
        for (Code c : codes) {
            // a name alone where it is unique among the shown codes, else the path
            boolean twice = codes.stream().filter(o -> o.name().equals(c.name())).count() > 1;
            out.add(twice ? data.codebook().path(c.id()) : c.name());
        }
        return out;
    }

    private static List<Colour> colours(List<Code> codes) {
        return codes.stream().map(c -> Colour.of(c.colour())).toList();
    }

    /** What bars of this value are called, e.g. "Coded segments", "Characters coded per document". */
    public static String valueName(MatrixValue v, boolean perDocument) {
        String name = v == MatrixValue.CHARACTERS ? ChartMessages.valueCharacters
                : v == MatrixValue.PRESENCE ? ChartMessages.valueDocuments : ChartMessages.valueCodings;
        return perDocument ? NLS.bind(ChartMessages.perDocument, name) : name;
    }
}
