package tessera.cli;

import java.nio.file.Path;
import java.util.Set;

import com.google.gson.JsonObject;

import tessera.analysis.query.QueryData;
import tessera.charts.ChartFiles;
import tessera.charts.ChartKind;
import tessera.charts.ChartRequest;
import tessera.charts.Charts;
import tessera.core.store.ProjectStore;
import tessera.exchange.matrix.MatrixValue;
import tessera.exchange.scope.ExportFilter;

/** {@code chart P KIND --out FILE.svg|.png}: the charts of the Charts view as files for a paper, with no display. */
final class ChartCommand implements Command {

    @Override
    public String name() {
        return "chart";
    }

    @Override
    public String usage() {
        return "chart PROJECT.tessera codes-by-attribute --attribute NAME | code-frequencies | hierarchy"
                + " | cooccurrence-map | portrait --doc DOC | wordcloud  --out FILE.svg|.png [--width W] [--height H]"
                + " [--codes PATH,...] [--docs DOC,...] [--value count|characters|presence] [--stacked]"
                + " [--per-document]";
    }

    @Override
    public String summary() {
        return "draw a chart (bars by attribute, frequencies, hierarchy, co-occurrence map, portrait, word cloud)"
                + " to SVG or PNG";
    }

    @Override
    public Set<String> options() {
        return Set.of("out", "width", "height", "attribute", "doc", "codes", "docs", "value");
    }

    @Override
    public Set<String> flags() {
        return Set.of("stacked", "per-document");
    }

    @Override
    public int run(Args args, CliContext ctx) throws Exception {
        String project = args.positional(0, "project file");
        String kindName = args.positional(1, "chart");
        args.atMost(2);
        Path out = Path.of(args.required("out"));
        int width = size(args, "width", 1200);
        int height = size(args, "height", 800);
        ChartKind kind;
        MatrixValue value;
        try {
            kind = ChartKind.parse(kindName);
            value = args.option("value") == null ? MatrixValue.COUNT : MatrixValue.parse(args.option("value"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), usage());
        }
        ProjectStore store = ctx.open(project);
        ExportFilter scope = ScopeOptions.filter(store, args, true);
        ChartRequest request = ChartRequest.of(kind).withCodes(scope.codeIds()).withDocuments(scope.documentIds())
                .withAttribute(args.option("attribute"))
                .withDocument(args.option("doc") == null ? null : CliContext.document(store, args.option("doc")).id())
                .withBars(value, args.flag("stacked"), args.flag("per-document"));
        Path written;
        try {
            written = ChartFiles.write(Charts.make(new QueryData(store), request), out, width, height);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), usage());
        }
        JsonObject o = new JsonObject();
        o.addProperty("file", written.toString());
        o.addProperty("chart", kind.cliName());
        o.addProperty("width", width);
        o.addProperty("height", height);
        ctx.print(o, () -> ctx.out.println("wrote " + written + " (" + kind.cliName() + ", " + width + " x " + height
                + ")"));
        return 0;
    }

    private int size(Args args, String name, int otherwise) {
        String v = args.option(name);
        if (v == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number of pixels, not '" + v + "'", usage());
        }
    }
}
