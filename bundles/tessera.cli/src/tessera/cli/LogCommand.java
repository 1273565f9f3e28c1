package tessera.cli;

import java.util.List;
import java.util.Set;

import tessera.core.model.ChangeLogEntry;
import tessera.core.store.ProjectStore;

/** {@code log P [--limit N]}: the newest change-log entries, the project's audit trail. */
final class LogCommand implements Command {

    @Override
    public String name() {
        return "log";
    }

    @Override
    public String usage() {
        return "log PROJECT.tessera [--limit N]";
    }

    @Override
    public String summary() {
        return "show the change log (who changed what, when), newest first";
    }

    @Override
    public Set<String> options() {
        return Set.of("limit");
    }

    @Override
    public int run(Args args, CliContext ctx) {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        args.atMost(1);
        List<ChangeLogEntry> entries = store.changeLog(args.intOption("limit", 0, 50));
        ctx.print(JsonShapes.array(entries.stream().map(JsonShapes::entry).toList()), () -> entries.forEach(e ->
                ctx.out.println(e.seq() + "\t" + e.at() + "\t" + e.coder() + "\t"
                        + (e.kind() == ChangeLogEntry.Kind.DO ? "" : e.kind().name().toLowerCase() + " of " + e.targetSeq() + ": ")
                        + e.summary())));
        return 0;
    }
}
