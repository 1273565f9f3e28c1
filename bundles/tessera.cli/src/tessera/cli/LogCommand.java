package tessera.cli;

import java.util.List;
import java.util.Set;

import tessera.core.model.ChangeLogEntry;
import tessera.core.store.ProjectStore;

/**
 * {@code log P [--limit N] [--follow]}: the newest change-log entries, the project's audit trail; with
 * {@code --follow}, then every entry as it is committed (one JSON object a line under {@code --json}) until stopped.
 */
final class LogCommand implements Command {

    @Override
    public String name() {
        return "log";
    }

    @Override
    public String usage() {
        return "log PROJECT [--limit N] [--follow]";
    }

    @Override
    public String summary() {
        return "show the change log (who changed what, when), newest first; --follow prints new entries as they come";
    }

    @Override
    public Set<String> options() {
        return Set.of("limit");
    }

    @Override
    public Set<String> flags() {
        return Set.of("follow");
    }

    @Override
    public int run(Args args, CliContext ctx) throws InterruptedException {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        args.atMost(1);
        if (args.flag("follow")) {
            return follow(store, args.intOption("limit", 0, 0), ctx);
        }
        List<ChangeLogEntry> entries = store.changeLog(args.intOption("limit", 0, 50));
        ctx.print(JsonShapes.array(entries.stream().map(JsonShapes::entry).toList()), () -> entries.forEach(e ->
                ctx.out.println(line(e))));
        return 0;
    }

    /** The last {@code limit} entries oldest first, then each new one as it is committed, until interrupted. */
    private static int follow(ProjectStore store, int limit, CliContext ctx) throws InterruptedException {
        List<ChangeLogEntry> recent = new java.util.ArrayList<>(store.changeLog(limit));
        java.util.Collections.reverse(recent);
        recent.forEach(e -> print(e, ctx));
        store.addListener(applied -> {
            if (applied.entry() != null) {
                print(applied.entry(), ctx);
            }
        });
        while (!Thread.currentThread().isInterrupted()) {
            store.awaitChange(1000);
            store.refresh();
        }
        return 0;
    }

    private static void print(ChangeLogEntry e, CliContext ctx) {
        ctx.out.println(ctx.json ? JsonShapes.entry(e).toString() : line(e));
        ctx.out.flush();
    }

    private static String line(ChangeLogEntry e) {
        return e.seq() + "\t" + e.at() + "\t" + e.coder() + "\t"
                + (e.kind() == ChangeLogEntry.Kind.DO ? "" : e.kind().name().toLowerCase() + " of " + e.targetSeq()
                        + ": ") + e.summary();
    }
}
