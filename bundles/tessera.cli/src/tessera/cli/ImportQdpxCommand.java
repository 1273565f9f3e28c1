package tessera.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.exchange.importer.ImportException;
import tessera.exchange.refi.QdpxImporter;

/**
 * {@code import-qdpx FILE.qdpx P}: a REFI-QDA project from NVivo, ATLAS.ti, MAXQDA or QualCoder as a new Tessera
 * project, GUIDs kept; the report lists what was not imported and why. A file that cannot be read leaves no project.
 */
final class ImportQdpxCommand implements Command {

    @Override
    public String name() {
        return "import-qdpx";
    }

    @Override
    public String usage() {
        return "import-qdpx FILE.qdpx NEW-PROJECT.tessera";
    }

    @Override
    public String summary() {
        return "a REFI-QDA project (.qdpx) as a new project, with a report of what was left out";
    }

    private static QdpxImporter.Result readChecked(Path qdpx) throws java.io.IOException {
        try {
            return QdpxImporter.read(qdpx);
        } catch (ImportException e) {
            throw new CliFailure(e.getMessage());
        }
    }

    @Override
    public int run(Args args, CliContext ctx) throws Exception {
        Path qdpx = Path.of(args.positional(0, "qdpx file"));
        Path project = Path.of(args.positional(1, "new project file"));
        args.atMost(2);
        if (Files.exists(project)) {
            throw new CliFailure(project + " exists already; import-qdpx makes a new project");
        }
        try (QdpxImporter.Result read = readChecked(qdpx); // read and checked before any project exists
                ProjectStore store = ProjectStores.create(project, qdpx.getFileName().toString().replaceFirst(
                        "\\.qdpx$", ""), ctx.coder)) {
            store.apply(new tessera.core.ops.ImportProject(qdpx.getFileName().toString(), read.model()));
            JsonObject o = new JsonObject();
            o.addProperty("project", project.toAbsolutePath().toString());
            o.addProperty("origin", read.origin());
            o.addProperty("documents", store.documents().size());
            o.addProperty("codes", store.codebook().size());
            o.addProperty("codings", store.codingCount());
            o.addProperty("memos", store.allMemos().size());
            o.addProperty("sets", store.sets().size());
            JsonArray skipped = new JsonArray();
            read.skipped().forEach(skipped::add);
            o.add("skipped", skipped);
            ctx.print(o, () -> {
                ctx.out.println("imported " + o.get("documents").getAsInt() + " documents, " + o.get("codes").getAsInt()
                        + " codes, " + o.get("codings").getAsInt() + " codings, " + o.get("memos").getAsInt()
                        + " memos from " + (read.origin().isEmpty() ? qdpx : read.origin()));
                read.skipped().forEach(s -> ctx.out.println("not imported: " + s));
            });
        }
        return 0;
    }
}
