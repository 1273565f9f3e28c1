package tessera.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;

import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.ServerAddress;

/** {@code copy P DEST}: a consistent copy of the project to hand to a coder, also while it is open elsewhere. */
final class CopyCommand implements Command {

    @Override
    public String name() {
        return "copy";
    }

    @Override
    public String usage() {
        return "copy PROJECT DEST (each a .tessera file or a postgresql:// address)";
    }

    @Override
    public String summary() {
        return "copy a project with its history: for a second coder, onto a team server, or offline from it";
    }

    @Override
    public int run(Args args, CliContext ctx) throws Exception {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        String dest = args.positional(1, "where to copy to");
        args.atMost(2);
        if (ServerAddress.isServer(dest)) {
            ProjectStores.copy(store, ServerLogin.withEnvironment(ServerAddress.parse(dest)));
        } else {
            ProjectStores.copy(store, dest);
        }
        JsonObject o = new JsonObject();
        o.addProperty("project", store.location());
        boolean server = ServerAddress.isServer(dest);
        String shown = server ? ServerAddress.parse(dest).toString() : Path.of(dest).toAbsolutePath().toString();
        o.addProperty("copy", shown);
        if (!server) {
            o.addProperty("bytes", Files.size(Path.of(dest)));
        }
        ctx.print(o, () -> ctx.out.println("copied " + store.location() + " to " + shown
                + (server ? "" : " (" + o.get("bytes") + " bytes)")));
        return 0;
    }
}
