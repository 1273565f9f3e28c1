package tessera.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;

import tessera.core.store.ProjectStore;

/** {@code copy P DEST}: a consistent copy of the project to hand to a coder, also while it is open elsewhere. */
final class CopyCommand implements Command {

    @Override
    public String name() {
        return "copy";
    }

    @Override
    public String usage() {
        return "copy PROJECT.tessera DEST.tessera";
    }

    @Override
    public String summary() {
        return "write a consistent copy of the project (with its history), e.g. for a second coder";
    }

    @Override
    public int run(Args args, CliContext ctx) throws Exception {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        Path dest = Path.of(args.positional(1, "file to copy to"));
        args.atMost(2);
        store.copyTo(dest);
        JsonObject o = new JsonObject();
        o.addProperty("project", store.path().toString());
        o.addProperty("copy", dest.toAbsolutePath().toString());
        o.addProperty("bytes", Files.size(dest));
        ctx.print(o, () -> ctx.out.println("copied " + store.path().getFileName() + " to " + dest + " ("
                + o.get("bytes") + " bytes)"));
        return 0;
    }
}
