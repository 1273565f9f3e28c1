package tessera.cli;

import java.util.List;
import java.util.Optional;

/**
 * The commands by name, each made only when it runs: a command's class is verified when it is first used, and
 * some (import, search, export) pull in progress monitors from a signed Eclipse jar whose signature check alone
 * takes a quarter of a second. {@code tessera check} should not pay for {@code tessera import}.
 */
final class Commands {

    /** Every command, in the order help lists them. */
    static final List<String> NAMES = List.of("new", "import", "docs", "text", "codes", "code", "codings", "memo",
            "attr", "export", "import-review", "undo", "redo", "log", "check", "search", "kwic", "autocode", "freq",
            "reindex", "import-qdpx", "sets", "query", "chart", "agreement", "consensus", "copy", "merge", "sync");

    private Commands() {
    }

    static Optional<Command> named(String name) {
        return Optional.ofNullable(switch (name) {
            case "new" -> new NewCommand();
            case "import" -> new ImportCommand();
            case "docs" -> new DocsCommand();
            case "text" -> new TextCommand();
            case "codes" -> new CodesCommand();
            case "code" -> new CodeCommand();
            case "codings" -> new CodingsCommand();
            case "memo" -> new MemoCommand();
            case "attr" -> new AttrCommand();
            case "export" -> new ExportCommand();
            case "import-review" -> new ImportReviewCommand();
            case "undo" -> new HistoryCommand(true);
            case "redo" -> new HistoryCommand(false);
            case "log" -> new LogCommand();
            case "check" -> new CheckCommand();
            case "search" -> new SearchCommand(false);
            case "kwic" -> new SearchCommand(true);
            case "autocode" -> new AutoCodeCommand();
            case "freq" -> new FreqCommand();
            case "reindex" -> new ReindexCommand();
            case "import-qdpx" -> new ImportQdpxCommand();
            case "sets" -> new SetsCommand();
            case "query" -> new QueryCommand();
            case "chart" -> new ChartCommand();
            case "agreement" -> new AgreementCommand();
            case "consensus" -> new ConsensusCommand();
            case "copy" -> new CopyCommand();
            case "merge" -> new MergeCommand();
            case "sync" -> new SyncCommand();
            default -> null;
        });
    }
}
