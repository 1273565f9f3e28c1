package tessera.cli;

import com.google.gson.JsonObject;

import tessera.core.store.ProjectStore;
import tessera.index.ProjectIndex;

/** {@code reindex P}: builds the search index again from the project (it is a cache; nothing is lost). */
final class ReindexCommand implements Command {

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public String usage() {
        return "reindex PROJECT.tessera";
    }

    @Override
    public String summary() {
        return "rebuild the search index beside the project, with progress";
    }

    @Override
    public int run(Args args, CliContext ctx) throws Exception {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        args.atMost(1);
        long t0 = System.nanoTime();
        try (ProjectIndex index = SearchSupport.open(store, ctx)) {
            Boolean done = CliJob.run("Rebuilding the search index", ctx, monitor -> {
                index.rebuild(new ConsoleProgress(ctx, monitor));
                return Boolean.TRUE;
            });
            if (done == null) {
                throw new CliFailure("cancelled; the index will be rebuilt when it is next used");
            }
            JsonObject o = new JsonObject();
            o.addProperty("units", index.units());
            o.addProperty("bytes", index.sizeOnDisk());
            o.addProperty("seq", index.seq());
            o.addProperty("millis", (System.nanoTime() - t0) / 1_000_000);
            ctx.print(o, () -> ctx.out.println("indexed " + o.get("units").getAsInt() + " units ("
                    + o.get("bytes").getAsLong() / 1024 + " KiB) in " + o.get("millis").getAsLong() + " ms"));
        }
        return 0;
    }
}
