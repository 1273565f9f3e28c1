package tessera.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tessera.core.store.ProjectStore;
import tessera.exchange.export.ExportKind;
import tessera.exchange.export.ExportOptions;
import tessera.exchange.export.Exporter;
import tessera.exchange.matrix.Cooccurrence;
import tessera.exchange.matrix.MatrixValue;
import tessera.exchange.scope.ExportFilter;

/** {@code export P KIND --format xlsx|csv --out FILE} with the filters and matrix options. */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export PROJECT.tessera matrix|attributes|cooccurrence|segments|codebook|all[,...]|agreement|matrix-query|qdpx|qdc --out FILE"
                + " [--format xlsx|csv] [--value count|characters|presence] [--aggregate] [--attribute NAME]"
                + " [--mode overlap|paragraph|near] [--distance N] [--codes PATH,...] [--no-subcodes]"
                + " [--docs DOC,...] [--where NAME=VALUE,...] [--coders NAME,...]"
                + "   matrix-query: --rows KIND[:NAME,...] --columns KIND[:NAME,...] [--operator AND|NEAR/5|...]"
                + " (KIND: codes, attribute:NAME, documents, sets, coders)";
    }

    @Override
    public String summary() {
        return "export matrices, the coded-segment review sheet, the codebook or the agreement workbook to XLSX or CSV;"
                + " the project to REFI-QDA .qdpx, the codebook to .qdc";
    }

    @Override
    public Set<String> options() {
        return Set.of("out", "format", "value", "attribute", "mode", "distance", "codes", "docs", "where", "coders",
                "rows", "columns", "operator");
    }

    @Override
    public Set<String> flags() {
        return Set.of("aggregate", "no-subcodes");
    }

    @Override
    public int run(Args args, CliContext ctx) throws Exception {
        String project = args.positional(0, "project file");
        if ("qdpx".equals(args.positional(1, "what to export"))) {
            return qdpx(project, args, ctx);
        }
        if ("qdc".equals(args.positional(1, "what to export"))) {
            return qdc(project, args, ctx);
        }
        if ("agreement".equals(args.positional(1, "what to export"))) {
            return agreement(project, args, ctx);
        }
        if ("matrix-query".equals(args.positional(1, "what to export"))) {
            return MatrixQueryExport.run(project, args, ctx, format(args, Path.of(args.required("out"))));
        }
        List<ExportKind> kinds = kinds(args.positional(1, "what to export"));
        args.atMost(2);
        Path out = Path.of(args.required("out"));
        Exporter.Format format = format(args, out);
        ExportOptions options = options(args);
        ProjectStore store = ctx.open(project);
        ExportFilter filter = ScopeOptions.filter(store, args, !args.flag("no-subcodes"));
        Exporter.Report report;
        try {
            report = CliJob.run("export", ctx,
                    monitor -> Exporter.export(store, kinds, format, out, filter, options, monitor));
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage());
        }
        if (report == null) {
            throw new CliFailure("the export was cancelled; no file was written");
        }
        JsonObject o = new JsonObject();
        JsonArray files = new JsonArray();
        report.files().forEach(f -> files.add(f.toString()));
        o.add("files", files);
        JsonArray notes = new JsonArray();
        report.notes().forEach(notes::add);
        o.add("notes", notes);
        ctx.print(o, () -> {
            report.files().forEach(f -> ctx.out.println("wrote " + f));
            report.notes().forEach(n -> ctx.out.println("note: " + n));
        });
        return 0;
    }

    /** The format --format names, else the one the --out file's name implies. */
    private Exporter.Format format(Args args, Path out) {
        Exporter.Format format;
        try {
            format = args.option("format") != null ? Exporter.Format.of(args.option("format")) : Exporter.Format.ofFile(out);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), usage());
        }
        if (format == null) {
            throw new UsageException("give --format xlsx or csv, or an --out file ending in .xlsx or .csv", usage());
        }
        return format;
    }

    /** The agreement workbook: the figures, and the disagreements with Decision and Comment for import-review. */
    private int agreement(String project, Args args, CliContext ctx) throws Exception {
        args.atMost(2);
        args.onlyFor("agreement", "out", "format", "codes", "docs", "where", "coders");
        Path out = Path.of(args.required("out"));
        Exporter.Format format = format(args, out);
        ProjectStore store = ctx.open(project);
        List<Path> written = AgreementWorkbook.write(store, ScopeOptions.agreement(store, args).read(store), out,
                format == Exporter.Format.XLSX);
        JsonObject o = new JsonObject();
        JsonArray files = new JsonArray();
        written.forEach(f -> files.add(f.toString()));
        o.add("files", files);
        o.add("notes", new JsonArray());
        ctx.print(o, () -> written.forEach(f -> ctx.out.println("wrote " + f)));
        return 0;
    }

    /** The whole project as a REFI-QDA project file, for NVivo, ATLAS.ti, MAXQDA and QualCoder. */
    private int qdpx(String project, Args args, CliContext ctx) throws Exception {
        args.atMost(2);
        var store = ctx.open(project);
        Path out = Path.of(args.required("out"));
        Path written = tessera.exchange.refi.QdpxExporter.export(store, out);
        com.google.gson.JsonObject o = new com.google.gson.JsonObject();
        o.addProperty("file", written.toString());
        o.addProperty("sources", store.documents().size());
        o.addProperty("codes", store.codebook().size());
        o.addProperty("codings", store.codings(tessera.core.store.CodingFilter.ALL).size());
        o.addProperty("notes", store.allMemos().size());
        o.addProperty("sets", store.sets().size());
        ctx.print(o, () -> ctx.out.println("wrote " + written + " (" + o.get("sources").getAsInt() + " sources, "
                + o.get("codes").getAsInt() + " codes, " + o.get("codings").getAsInt() + " codings, "
                + o.get("notes").getAsInt() + " notes)"));
        return 0;
    }

    /** The codebook alone as a REFI-QDA codebook file. */
    private int qdc(String project, Args args, CliContext ctx) throws Exception {
        args.atMost(2);
        var store = ctx.open(project);
        Path out = Path.of(args.required("out"));
        Path written = tessera.exchange.refi.QdcExporter.export(store, out);
        JsonObject o = new JsonObject();
        o.addProperty("file", written.toString());
        o.addProperty("codes", store.codebook().size());
        o.addProperty("sets", store.sets().stream().filter(s -> !s.codeIds().isEmpty()).count());
        ctx.print(o, () -> ctx.out.println("wrote " + written + " (" + o.get("codes").getAsInt() + " codes, "
                + o.get("sets").getAsLong() + " code sets)"));
        return 0;
    }

    private List<ExportKind> kinds(String spec) {
        List<ExportKind> kinds = new ArrayList<>();
        for (String k : spec.split(",")) {
            if (k.strip().equals("all")) {
                return List.of(ExportKind.MATRIX, ExportKind.COOCCURRENCE, ExportKind.SEGMENTS, ExportKind.CODEBOOK);
            }
            try {
                kinds.add(ExportKind.parse(k));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage(), usage());
            }
        }
        return kinds;
    }

    private ExportOptions options(Args args) {
        try {
            MatrixValue value = args.option("value") == null ? MatrixValue.COUNT : MatrixValue.parse(args.option("value"));
            Cooccurrence.Mode mode = args.option("mode") == null ? Cooccurrence.Mode.OVERLAP
                    : Cooccurrence.Mode.valueOf(args.option("mode").strip().toUpperCase(java.util.Locale.ROOT));
            Integer distance = args.intOption("distance");
            if (mode == Cooccurrence.Mode.NEAR && distance == null) {
                throw new UsageException("--mode near needs --distance N (characters)", usage());
            }
            return new ExportOptions(value, args.flag("aggregate"), args.option("attribute"), mode,
                    distance == null ? 0 : distance);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage().startsWith("No enum") ? "unknown --mode (overlap, paragraph or near)"
                    : e.getMessage(), usage());
        }
    }
}
