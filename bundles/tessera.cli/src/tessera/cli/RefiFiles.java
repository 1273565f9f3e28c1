package tessera.cli;

import java.nio.file.Path;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tessera.core.store.ProjectStore;
import tessera.exchange.refi.QdcImporter;
import tessera.exchange.refi.QdpxImporter;

/** REFI-QDA files given to {@code import}: a .qdc merges into the codebook, a .qdpx joins the project. */
final class RefiFiles {

    private RefiFiles() {
    }

    static boolean isRefi(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".qdc") || n.endsWith(".qdpx");
    }

    /** Imports one file and describes what it did, for {@code --json}. */
    static JsonObject importInto(ProjectStore store, Path f) throws Exception {
        JsonObject o = new JsonObject();
        o.addProperty("file", f.toString());
        JsonArray skipped = new JsonArray();
        if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdc")) {
            QdcImporter.Result r = QdcImporter.importInto(store, f);
            o.addProperty("kind", "codebook");
            o.addProperty("origin", r.origin());
            o.addProperty("codesRead", r.codesRead());
            o.addProperty("codesAdded", r.codesAdded());
            o.addProperty("codesMatched", r.codesRead() - r.codesAdded());
            o.addProperty("descriptionsAdded", r.descriptionsAdded());
            o.addProperty("setsAdded", r.setsAdded());
            r.skipped().forEach(skipped::add);
        } else {
            QdpxImporter.Result r = QdpxImporter.importInto(store, f);
            o.addProperty("kind", "project");
            o.addProperty("origin", r.origin());
            o.addProperty("documents", r.model().sources().size());
            o.addProperty("codings", r.model().sources().stream().mapToInt(s -> s.selections().size()).sum());
            o.addProperty("memos", r.model().notes().size());
            o.addProperty("sets", r.model().sets().size());
            r.skipped().forEach(skipped::add);
        }
        o.add("skipped", skipped);
        return o;
    }

    static void describe(JsonObject o, CliContext ctx) {
        if (o.get("kind").getAsString().equals("codebook")) {
            ctx.out.println("merged codebook " + o.get("file").getAsString() + ": " + o.get("codesAdded").getAsInt()
                    + " codes added, " + o.get("codesMatched").getAsInt() + " matched, "
                    + o.get("descriptionsAdded").getAsInt() + " descriptions filled in, " + o.get("setsAdded").getAsInt()
                    + " sets added");
        } else {
            ctx.out.println("imported project " + o.get("file").getAsString() + ": " + o.get("documents").getAsInt()
                    + " documents, " + o.get("codings").getAsInt() + " codings, " + o.get("memos").getAsInt()
                    + " memos, " + o.get("sets").getAsInt() + " sets");
        }
        o.getAsJsonArray("skipped").forEach(s -> ctx.out.println("not imported: " + s.getAsString()));
    }
}
