package tessera.cli;

import java.nio.file.Path;
import java.util.Set;

import com.google.gson.JsonObject;

import tessera.core.sample.SampleProject;
import tessera.core.store.ProjectStore;
import tessera.core.store.ServerAddress;

/** {@code new P [--name NAME] [--sample]}: creates an empty project, or the bundled sample. */
final class NewCommand implements Command {

    @Override
    public String name() {
        return "new";
    }

    @Override
    public String usage() {
        return "new PROJECT.tessera [--name NAME] [--sample]";
    }

    @Override
    public String summary() {
        return "create a project (--sample: the bundled sample project)";
    }

    @Override
    public Set<String> options() {
        return Set.of("name");
    }

    @Override
    public Set<String> flags() {
        return Set.of("sample");
    }

    @Override
    public int run(Args args, CliContext ctx) throws Exception {
        String file = args.positional(0, "project file");
        args.atMost(1);
        ProjectStore store;
        if (args.flag("sample")) {
            store = SampleProject.create(Path.of(file), ctx.coder);
            ctx.adopt(store);
        } else {
            String fileName = ServerAddress.isServer(file) ? String.valueOf(ServerAddress.parse(file).database())
                    : Path.of(file).getFileName().toString();
            String name = args.option("name") != null ? args.option("name") : fileName.replaceFirst("\\.tessera$", "");
            store = ctx.create(file, name);
        }
        JsonObject o = new JsonObject();
        o.addProperty("project", ServerAddress.isServer(file) ? store.location()
                : store.path().toAbsolutePath().toString());
        o.addProperty("name", store.projectName());
        o.addProperty("documents", store.documents().size());
        o.addProperty("codes", store.codes().size());
        ctx.print(o, () -> ctx.out.println("created " + store.location() + " (" + store.projectName() + ")"));
        return 0;
    }
}
