package tessera.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tessera.core.model.Code;
import tessera.core.model.CodePath;
import tessera.core.model.Codebook;
import tessera.core.ops.CreateCode;
import tessera.core.ops.DeleteCode;
import tessera.core.ops.DescribeCode;
import tessera.core.ops.MergeCodes;
import tessera.core.ops.MoveCode;
import tessera.core.ops.RecolourCode;
import tessera.core.ops.RenameCode;
import tessera.core.store.Applied;
import tessera.core.store.ProjectStore;
import tessera.core.store.Table;

/** The codebook: {@code codes P} prints the tree with counts; actions change it. */
final class CodesCommand implements Command {

    @Override
    public String name() {
        return "codes";
    }

    @Override
    public String usage() {
        return "codes PROJECT.tessera [add PATH [--colour #rrggbb] [--description TEXT] [--category]"
                + " | rename PATH NAME | move PATH PARENT|/ [--position N] | recolour PATH #rrggbb"
                + " | describe PATH TEXT | merge PATH INTO-PATH | delete PATH]";
    }

    @Override
    public String summary() {
        return "show the codebook with counts; add, rename, move, recolour, describe, merge or delete codes";
    }

    @Override
    public Set<String> options() {
        return Set.of("colour", "color", "description", "position");
    }

    @Override
    public Set<String> flags() {
        return Set.of("category");
    }

    @Override
    public int run(Args args, CliContext ctx) {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        String action = args.positionals().size() > 1 ? args.positional(1, "") : "list";
        switch (action) {
            case "add" -> args.onlyFor(action, "colour", "color", "description", "category");
            case "move" -> args.onlyFor(action, "position");
            default -> args.onlyFor(action);
        }
        if (action.equals("list")) {
            args.atMost(1);
            print(store, ctx);
            return 0;
        }
        Long changed = switch (action) {
            case "add" -> add(store, args);
            case "rename" -> {
                args.atMost(4);
                Code c = CliContext.code(store, args.positional(2, "code path"));
                store.apply(new RenameCode(c.id(), args.positional(3, "new name")));
                yield c.id();
            }
            case "move" -> {
                args.atMost(4);
                Code c = CliContext.code(store, args.positional(2, "code path"));
                String parent = args.positional(3, "new parent path (/ for the top level)");
                Long parentId = parent.equals("/") || parent.isEmpty() ? null : CliContext.code(store, parent).id();
                Integer position = args.intOption("position");
                store.apply(new MoveCode(c.id(), parentId, position == null ? Integer.MAX_VALUE : position));
                yield c.id();
            }
            case "recolour", "recolor" -> {
                args.atMost(4);
                Code c = CliContext.code(store, args.positional(2, "code path"));
                store.apply(new RecolourCode(c.id(), args.positional(3, "colour")));
                yield c.id();
            }
            case "describe" -> {
                args.atMost(4);
                Code c = CliContext.code(store, args.positional(2, "code path"));
                store.apply(new DescribeCode(c.id(), args.positional(3, "description"), c.codable()));
                yield c.id();
            }
            case "merge" -> {
                args.atMost(4);
                Code source = CliContext.code(store, args.positional(2, "code path to merge"));
                Code target = CliContext.code(store, args.positional(3, "code path to merge into"));
                store.apply(new MergeCodes(source.id(), target.id()));
                yield target.id();
            }
            case "delete" -> {
                args.atMost(3);
                Code c = CliContext.code(store, args.positional(2, "code path"));
                store.apply(new DeleteCode(c.id()));
                yield null;
            }
            default -> throw new UsageException("unknown codes action '" + action + "'", usage());
        };
        JsonObject o = new JsonObject();
        o.addProperty("action", action);
        if (changed != null) {
            o.add("code", node(store.codebook(), store.code(changed).orElseThrow(), Map.of(), Map.of(), false));
        }
        ctx.print(o, () -> ctx.out.println(action + ": " + (changed == null ? args.positional(2, "")
                : store.codebook().path(changed))));
        return 0;
    }

    private Long add(ProjectStore store, Args args) {
        args.atMost(3);
        List<String> path = pathOf(args.positional(2, "code path"));
        Long parent = path.size() == 1 ? null : CliContext.code(store, CodePath.join(path.subList(0, path.size() - 1))).id();
        String colour = args.option("colour") != null ? args.option("colour") : args.option("color");
        Applied a = store.apply(new CreateCode(parent, path.get(path.size() - 1), colour,
                args.option("description") == null ? "" : args.option("description"), !args.flag("category")));
        return a.inserted(Table.CODE);
    }

    private static List<String> pathOf(String path) {
        try {
            return CodePath.split(path);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage());
        }
    }

    private static void print(ProjectStore store, CliContext ctx) {
        Codebook book = store.codebook();
        Map<Long, Integer> counts = store.codingCounts();
        Map<Long, Set<Long>> docs = store.documentsByCode();
        JsonArray roots = new JsonArray();
        book.roots().forEach(r -> roots.add(node(book, r, counts, docs, true)));
        ctx.print(roots, () -> {
            for (Code c : book.inOrder()) {
                ctx.out.printf("%s%s  %s  %d codings in %d documents%s%n", "  ".repeat(book.depth(c.id())), c.name(),
                        c.colour(), counts.getOrDefault(c.id(), 0), docs.getOrDefault(c.id(), Set.of()).size(),
                        c.codable() ? "" : "  (category)");
            }
        });
    }

    private static JsonObject node(Codebook book, Code c, Map<Long, Integer> counts, Map<Long, Set<Long>> docs,
            boolean children) {
        JsonObject o = new JsonObject();
        o.addProperty("id", c.id());
        o.addProperty("path", book.path(c.id()));
        o.addProperty("name", c.name());
        o.addProperty("colour", c.colour());
        o.addProperty("description", c.description());
        o.addProperty("codable", c.codable());
        if (children) {
            o.addProperty("codings", counts.getOrDefault(c.id(), 0));
            o.addProperty("documents", docs.getOrDefault(c.id(), Set.of()).size());
            JsonArray kids = new JsonArray();
            book.children(c.id()).forEach(k -> kids.add(node(book, k, counts, docs, true)));
            o.add("children", kids);
        }
        return o;
    }
}
