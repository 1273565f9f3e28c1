package tessera.cli;

import java.nio.file.Path;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tessera.core.merge.MergeProject;
import tessera.core.merge.MergeReport;
import tessera.core.merge.ProjectSnapshot;
import tessera.core.store.Applied;
import tessera.core.store.ProjectStore;

/** {@code merge P OTHER}: a coder's copy (or any project sharing documents) into P, as one undoable step. */
final class MergeCommand implements Command {

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String usage() {
        return "merge PROJECT.tessera OTHER.tessera";
    }

    @Override
    public String summary() {
        return "merge a coder's copy into the project (one undoable step; merging twice changes nothing)";
    }

    @Override
    public int run(Args args, CliContext ctx) {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        String other = args.positional(1, "project to merge");
        args.atMost(2);
        ProjectStore copy = ctx.open(other);
        ProjectSnapshot snapshot = ProjectSnapshot.of(copy, tessera.core.store.ServerAddress.isServer(other)
                ? copy.location() : Path.of(other).getFileName().toString());
        MergeProject merge = new MergeProject(snapshot);
        Applied applied = store.apply(merge);
        MergeReport report = merge.report();
        JsonObject o = new JsonObject();
        StringBuilder text = new StringBuilder();
        for (MergeReport.Kind kind : MergeReport.Kind.values()) {
            JsonObject counts = new JsonObject();
            counts.addProperty("added", report.addedOf(kind));
            counts.addProperty("matched", report.matchedOf(kind));
            String key = kind.name().toLowerCase(Locale.ROOT);
            o.add(key, counts);
            text.append(String.format("%-11s %6d added %6d already here%n", key, report.addedOf(kind),
                    report.matchedOf(kind)));
        }
        JsonArray conflicts = new JsonArray();
        report.conflicts().forEach(conflicts::add);
        o.add("conflicts", conflicts);
        o.addProperty("changed", applied.entry() != null);
        ctx.print(o, () -> {
            ctx.out.print(text);
            report.conflicts().forEach(c -> ctx.out.println("conflict: " + c));
            if (applied.entry() == null) {
                ctx.out.println("nothing to merge: the project has everything " + snapshot.source() + " has");
            }
        });
        return 0;
    }
}
