package tessera.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tessera.core.store.ProjectStore;
import tessera.exchange.importer.ImportReport;

/**
 * {@code import P FILE... [--encoding CS]}: imports documents by extension, merges REFI-QDA codebooks (.qdc) into
 * the codebook and REFI-QDA projects (.qdpx) into the project; each failure is reported by file and stops nothing.
 */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import PROJECT.tessera FILE... [--encoding NAME] [--skip-existing]";
    }

    @Override
    public String summary() {
        return "import documents: txt (encoding detected unless given), md, html, docx, odt, rtf, pdf; a .qdc merges a"
                + " codebook, a .qdpx a REFI-QDA project; one bad file stops nothing";
    }

    @Override
    public Set<String> options() {
        return Set.of("encoding");
    }

    @Override
    public Set<String> flags() {
        return Set.of("skip-existing");
    }

    @Override
    public int run(Args args, CliContext ctx) throws Exception {
        String project = args.positional(0, "project file");
        args.positional(1, "file to import");
        Charset charset = null;
        if (args.option("encoding") != null) {
            try {
                charset = Charset.forName(args.option("encoding"));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new UsageException("unknown encoding '" + args.option("encoding") + "'", usage());
            }
        }
        ProjectStore store = ctx.open(project);
        List<Path> all = args.positionals().subList(1, args.positionals().size()).stream().map(Path::of).toList();
        List<Path> files = all.stream().filter(f -> !RefiFiles.isRefi(f)).toList();
        JsonArray refi = new JsonArray();
        JsonArray refiFailed = new JsonArray();
        for (Path f : all.stream().filter(RefiFiles::isRefi).toList()) {
            try {
                JsonObject o = RefiFiles.importInto(store, f);
                refi.add(o);
                if (!ctx.json) {
                    RefiFiles.describe(o, ctx);
                }
            } catch (Exception e) {
                JsonObject o = new JsonObject();
                o.addProperty("file", f.toString());
                o.addProperty("reason", e.getMessage());
                refiFailed.add(o);
                ctx.err.println("tessera: not imported: " + e.getMessage());
            }
        }
        Charset encoding = charset;
        ImportReport report = CliJob.run("import", ctx, monitor -> tessera.exchange.importer.DocumentImporter
                .importFiles(store, files, encoding, args.flag("skip-existing"), new ConsoleProgress(ctx, monitor)));
        JsonArray imported = new JsonArray();
        for (ImportReport.Imported i : report.imported()) {
            JsonObject o = new JsonObject();
            o.addProperty("file", i.file().toString());
            o.addProperty("id", i.documentId());
            o.addProperty("name", i.name());
            o.addProperty("encoding", i.charset());
            o.addProperty("language", i.language());
            o.addProperty("length", i.length());
            if (i.renamedFrom() != null) {
                o.addProperty("renamedFrom", i.renamedFrom());
            }
            imported.add(o);
        }
        JsonArray skipped = new JsonArray();
        for (ImportReport.Failed f : report.skipped()) {
            JsonObject o = new JsonObject();
            o.addProperty("file", f.file().toString());
            o.addProperty("reason", f.reason());
            skipped.add(o);
        }
        JsonArray failed = new JsonArray();
        for (ImportReport.Failed f : report.failed()) {
            JsonObject o = new JsonObject();
            o.addProperty("file", f.file().toString());
            o.addProperty("reason", f.reason());
            failed.add(o);
        }
        refiFailed.forEach(failed::add);
        JsonObject result = new JsonObject();
        result.add("imported", imported);
        result.add("refi", refi);
        result.add("failed", failed);
        result.add("skipped", skipped);
        ctx.print(result, () -> {
            report.imported().forEach(i -> ctx.out.println("imported " + i.name() + " (" + i.charset() + ", "
                    + i.language() + ", " + i.length() + " characters"
                    + (i.renamedFrom() == null ? "" : "; renamed: '" + i.renamedFrom() + "' was taken") + ")"));
            report.skipped().forEach(f -> ctx.out.println("skipped " + f.reason()));
        });
        report.failed().forEach(f -> ctx.err.println("tessera: not imported: " + f.reason()));
        return report.failed().isEmpty() && refiFailed.isEmpty() ? 0 : 1;
    }
}
