package tessera.cli;

import java.util.Map;
import java.util.Set;

import com.google.gson.JsonObject;

import tessera.core.model.Memo;
import tessera.core.model.MemoTarget;
import tessera.core.ops.AddMemo;
import tessera.core.ops.DeleteMemo;
import tessera.core.ops.EditMemo;
import tessera.core.store.ProjectStore;
import tessera.core.store.Table;

/** Memos on the project, a document, a code or a coding: add, list, edit, delete. */
final class MemoCommand implements Command {

    @Override
    public String name() {
        return "memo";
    }

    @Override
    public String usage() {
        return "memo PROJECT.tessera (add TEXT | list) [--doc DOC | --code PATH | --coding ID]"
                + " | memo PROJECT.tessera edit ID TEXT | memo PROJECT.tessera delete ID";
    }

    @Override
    public String summary() {
        return "write, list, edit or delete memos (on the project unless --doc, --code or --coding)";
    }

    @Override
    public Set<String> options() {
        return Set.of("doc", "code", "coding");
    }

    @Override
    public int run(Args args, CliContext ctx) {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        String action = args.positional(1, "memo action (add, list, edit or delete)");
        Map<Long, String> coders;
        switch (action) {
            case "add", "list" -> args.onlyFor(action, "doc", "code", "coding");
            default -> args.onlyFor(action);
        }
        switch (action) {
            case "add" -> {
                args.atMost(3);
                long id = store.apply(new AddMemo(target(store, args), args.positional(2, "memo text"))).inserted(Table.MEMO);
                coders = store.coderNames();
                Memo m = store.memo(id).orElseThrow();
                ctx.print(JsonShapes.memo(m, coders), () -> ctx.out.println("memo " + id + " written"));
            }
            case "list" -> {
                args.atMost(2);
                coders = store.coderNames();
                var memos = store.memos(target(store, args));
                ctx.print(JsonShapes.array(memos.stream().map(m -> JsonShapes.memo(m, coders)).toList()),
                        () -> memos.forEach(m -> ctx.out.println(m.id() + "\t" + coders.get(m.coderId()) + "\t"
                                + m.modified() + "\t" + m.text().replace('\n', ' '))));
            }
            case "edit" -> {
                args.atMost(4);
                long id = id(args);
                store.apply(new EditMemo(id, args.positional(3, "memo text")));
                coders = store.coderNames();
                ctx.print(JsonShapes.memo(store.memo(id).orElseThrow(), coders), () -> ctx.out.println("memo " + id + " edited"));
            }
            case "delete" -> {
                args.atMost(3);
                long id = id(args);
                store.apply(new DeleteMemo(id));
                JsonObject o = new JsonObject();
                o.addProperty("deleted", id);
                ctx.print(o, () -> ctx.out.println("memo " + id + " deleted"));
            }
            default -> throw new UsageException("unknown memo action '" + action + "'", usage());
        }
        return 0;
    }

    private long id(Args args) {
        try {
            return Long.parseLong(args.positional(2, "memo id"));
        } catch (NumberFormatException e) {
            throw new UsageException("a memo id is a number", usage());
        }
    }

    private MemoTarget target(ProjectStore store, Args args) {
        int given = (args.option("doc") != null ? 1 : 0) + (args.option("code") != null ? 1 : 0)
                + (args.option("coding") != null ? 1 : 0);
        if (given > 1) {
            throw new UsageException("a memo is on one thing: give at most one of --doc, --code, --coding", usage());
        }
        if (args.option("doc") != null) {
            return MemoTarget.document(CliContext.document(store, args.option("doc")).id());
        }
        if (args.option("code") != null) {
            return MemoTarget.code(CliContext.code(store, args.option("code")).id());
        }
        if (args.option("coding") != null) {
            try {
                return MemoTarget.coding(Long.parseLong(args.option("coding")));
            } catch (NumberFormatException e) {
                throw new UsageException("--coding takes a coding id", usage());
            }
        }
        return MemoTarget.PROJECT;
    }
}
