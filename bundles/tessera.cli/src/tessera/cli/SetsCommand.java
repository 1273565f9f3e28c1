package tessera.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tessera.core.model.Codebook;
import tessera.core.model.Document;
import tessera.core.model.ItemSet;
import tessera.core.ops.ChangeSetMembers;
import tessera.core.ops.CreateSet;
import tessera.core.ops.DeleteSet;
import tessera.core.store.ProjectReader;
import tessera.core.store.ProjectStore;

/**
 * Sets of documents and codes (REFI-QDA sets): list, create, add and remove members, delete. Members are
 * documents by name or id, and codes written {@code code:PATH}.
 */
final class SetsCommand implements Command {

    @Override
    public String name() {
        return "sets";
    }

    @Override
    public String usage() {
        return "sets PROJECT.tessera [create NAME [--description TEXT] | add NAME MEMBER... | remove NAME MEMBER..."
                + " | delete NAME]   (MEMBER: a document, or code:PATH)";
    }

    @Override
    public String summary() {
        return "sets of documents and codes, as REFI-QDA exchanges them: list, create, add, remove, delete";
    }

    @Override
    public Set<String> options() {
        return Set.of("description");
    }

    @Override
    public int run(Args args, CliContext ctx) {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        String action = args.positionals().size() > 1 ? args.positional(1, "") : "list";
        args.onlyFor(action, action.equals("create") ? new String[] {"description"} : new String[0]);
        switch (action) {
            case "list" -> {
                args.atMost(2);
            }
            case "create" -> {
                args.atMost(3);
                store.apply(new CreateSet(args.positional(2, "set name"), args.option("description")));
            }
            case "add", "remove" -> {
                ItemSet set = set(store, args.positional(2, "set name"));
                args.positional(3, "member");
                List<Long> docs = new ArrayList<>();
                List<Long> codes = new ArrayList<>();
                for (String m : args.positionals().subList(3, args.positionals().size())) {
                    if (m.startsWith("code:")) {
                        codes.add(CliContext.code(store, m.substring("code:".length())).id());
                    } else {
                        docs.add(CliContext.document(store, m).id());
                    }
                }
                store.apply(new ChangeSetMembers(set.id(), action.equals("add"), docs, codes));
            }
            case "delete" -> {
                args.atMost(3);
                store.apply(new DeleteSet(set(store, args.positional(2, "set name")).id()));
            }
            default -> throw new UsageException("unknown sets action '" + action + "'", usage());
        }
        list(store, ctx);
        return 0;
    }

    private static ItemSet set(ProjectReader store, String name) {
        return store.sets().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new CliFailure("no set named '" + name + "'"));
    }

    private static void list(ProjectReader store, CliContext ctx) {
        Codebook book = store.codebook();
        JsonArray array = new JsonArray();
        List<String> lines = new ArrayList<>();
        for (ItemSet s : store.sets()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", s.id());
            o.addProperty("guid", s.guid());
            o.addProperty("name", s.name());
            o.addProperty("description", s.description());
            JsonArray docs = new JsonArray();
            s.documentIds().forEach(d -> docs.add(store.document(d).map(Document::name).orElse("?")));
            JsonArray codes = new JsonArray();
            s.codeIds().forEach(c -> codes.add(book.path(c)));
            o.add("documents", docs);
            o.add("codes", codes);
            array.add(o);
            lines.add(s.name() + "\t" + docs.size() + " documents, " + codes.size() + " codes"
                    + (s.description().isEmpty() ? "" : "\t" + s.description()));
            docs.forEach(d -> lines.add("  " + d.getAsString()));
            codes.forEach(c -> lines.add("  code:" + c.getAsString()));
        }
        ctx.print(array, () -> lines.forEach(ctx.out::println));
    }
}
