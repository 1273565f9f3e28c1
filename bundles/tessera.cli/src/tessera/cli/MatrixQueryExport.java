package tessera.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tessera.analysis.query.AxisItem;
import tessera.analysis.query.Expr;
import tessera.analysis.query.MatrixAxis;
import tessera.analysis.query.MatrixQuery;
import tessera.analysis.query.QueryActions;
import tessera.analysis.query.QueryData;
import tessera.core.store.ProjectStore;
import tessera.exchange.export.Exporter;
import tessera.exchange.matrix.Matrix;
import tessera.exchange.matrix.MatrixValue;

/**
 * {@code export P matrix-query --rows KIND[:NAMES] --columns KIND[:NAMES] [--operator OP] --out FILE}: a matrix
 * coding query's counts on one sheet, with totals.
 */
final class MatrixQueryExport {

    private MatrixQueryExport() {
    }

    static int run(String project, Args args, CliContext ctx, Exporter.Format format) throws Exception {
        args.atMost(2);
        args.onlyFor("matrix-query", "out", "format", "rows", "columns", "operator", "value");
        Path out = Path.of(args.required("out"));
        ProjectStore store = ctx.open(project);
        QueryData data = new QueryData(store);
        MatrixQuery query;
        MatrixValue value;
        Expr.Binary op;
        try {
            op = QueryActions.cellOperator(args.option("operator") == null ? "AND" : args.option("operator"));
            value = args.option("value") == null ? MatrixValue.COUNT : MatrixValue.parse(args.option("value"));
            query = new MatrixQuery(data, axis(data, args.required("rows")), axis(data, args.required("columns")),
                    op.operator(), op.distance());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), "tessera export PROJECT matrix-query --rows KIND[:NAME,...]"
                    + " --columns KIND[:NAME,...] [--operator AND|OR|NOT|OVERLAPS|INSIDE|OUTSIDE|NEAR/N|FOLLOWED BY/N]"
                    + " [--value count|characters|presence] --out FILE");
        }
        String title = "Matrix coding query (rows " + op.operator().written() + " columns)";
        Matrix m = query.toMatrix(title, value);
        Exporter.Report report = CliJob.run("export", ctx,
                monitor -> Exporter.exportMatrix(m, "Matrix query", format, out, monitor));
        if (report == null) {
            throw new CliFailure("the export was cancelled; no file was written");
        }
        JsonObject o = new JsonObject();
        JsonArray files = new JsonArray();
        report.files().forEach(f -> files.add(f.toString()));
        o.add("files", files);
        o.addProperty("rows", m.rows().size());
        o.addProperty("columns", m.columns().size());
        JsonArray cells = new JsonArray();
        for (long[] row : m.cells()) {
            JsonArray r = new JsonArray();
            Arrays.stream(row).forEach(r::add);
            cells.add(r);
        }
        o.add("cells", cells);
        ctx.print(o, () -> report.files().forEach(f -> ctx.out.println("wrote " + f + " (" + m.rows().size()
                + " rows x " + m.columns().size() + " columns)")));
        return 0;
    }

    /** {@code codes}, {@code codes:A,B/C}, {@code attribute:Country}, {@code coders:Li,Kim}... */
    static List<AxisItem> axis(QueryData data, String spec) {
        int colon = spec.indexOf(':');
        MatrixAxis kind = MatrixAxis.parse(colon < 0 ? spec : spec.substring(0, colon));
        List<String> names = colon < 0 ? List.of()
                : Arrays.stream(spec.substring(colon + 1).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList();
        return kind.items(data, names);
    }
}
