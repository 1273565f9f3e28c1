package tessera.cli;

import java.nio.file.Path;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tessera.core.store.ProjectSync;

/**
 * {@code sync COPY.tessera}: brings an offline copy of a team project and its server together: the copy's changes
 * onto the server, everyone's into the copy; conflicts keep the server's value and are listed.
 */
final class SyncCommand implements Command {

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public String usage() {
        return "sync COPY.tessera";
    }

    @Override
    public String summary() {
        return "bring an offline copy of a team project and its server together (both ways, through the log)";
    }

    @Override
    public int run(Args args, CliContext ctx) {
        Path copy = Path.of(args.positional(0, "offline copy"));
        args.atMost(1);
        ProjectSync.Report r = ProjectSync.sync(copy, ServerLogin::withEnvironment, ctx.coder);
        JsonObject o = new JsonObject();
        o.addProperty("pushed", r.pushed());
        o.addProperty("pulled", r.pulled());
        JsonArray conflicts = new JsonArray();
        r.conflicts().forEach(conflicts::add);
        o.add("conflicts", conflicts);
        ctx.print(o, () -> {
            ctx.out.println("sent " + r.pushed() + " changes to the server, took in " + r.pulled() + " log entries");
            r.conflicts().forEach(c -> ctx.out.println("conflict: " + c));
        });
        return 0;
    }
}
