package tessera.cli;

import java.util.Optional;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import tessera.core.store.Applied;
import tessera.core.store.ProjectStore;

/** {@code undo P} and {@code redo P}: one step back or forward along the change log. */
final class HistoryCommand implements Command {

    private final boolean undo;

    HistoryCommand(boolean undo) {
        this.undo = undo;
    }

    @Override
    public String name() {
        return undo ? "undo" : "redo";
    }

    @Override
    public String usage() {
        return name() + " PROJECT.tessera";
    }

    @Override
    public String summary() {
        return undo ? "undo the last change (also after a restart)" : "redo the last undone change";
    }

    @Override
    public int run(Args args, CliContext ctx) {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        args.atMost(1);
        Optional<Applied> done = undo ? store.undo() : store.redo();
        JsonObject o = new JsonObject();
        o.add(undo ? "undone" : "redone", done.<com.google.gson.JsonElement>map(a -> JsonShapes.entry(a.entry()))
                .orElse(JsonNull.INSTANCE));
        ctx.print(o, () -> ctx.out.println(done.map(a -> (undo ? "undone: " : "redone: ") + a.entry().summary())
                .orElse("nothing to " + name())));
        return 0;
    }
}
