package tessera.cli;

import com.google.gson.JsonObject;

import tessera.core.store.ProjectStore;

/** {@code check P}: SQLite's integrity check and what the project holds. */
final class CheckCommand implements Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String usage() {
        return "check PROJECT.tessera";
    }

    @Override
    public String summary() {
        return "check the project file's integrity and count what it holds";
    }

    @Override
    public int run(Args args, CliContext ctx) {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        args.atMost(1);
        String integrity = store.integrityCheck();
        JsonObject o = new JsonObject();
        o.addProperty("integrity", integrity);
        o.addProperty("name", store.projectName());
        o.addProperty("documents", store.documents().size());
        o.addProperty("codes", store.codes().size());
        o.addProperty("codings", store.codingCount());
        o.addProperty("changes", store.lastSeq());
        ctx.print(o, () -> ctx.out.println("integrity " + integrity + "; " + o.get("documents") + " documents, "
                + o.get("codes") + " codes, " + o.get("codings") + " codings, " + o.get("changes") + " changes"));
        return "ok".equals(integrity) ? 0 : 1;
    }
}
