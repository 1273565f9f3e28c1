package tessera.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tessera.core.store.ProjectStore;
import tessera.exchange.review.ReviewImport;
import tessera.exchange.review.ReviewSheetReader;

/** {@code import-review P FILE [--reviewer NAME]}: records a returned review sheet's decisions (one undo step). */
final class ImportReviewCommand implements Command {

    @Override
    public String name() {
        return "import-review";
    }

    @Override
    public String usage() {
        return "import-review PROJECT.tessera REVIEW.xlsx|REVIEW.csv [--reviewer NAME]";
    }

    @Override
    public String summary() {
        return "record the decisions and comments of a review sheet sent back (undo takes them back)";
    }

    @Override
    public Set<String> options() {
        return Set.of("reviewer");
    }

    @Override
    public int run(Args args, CliContext ctx) {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        Path file = Path.of(args.positional(1, "review sheet"));
        args.atMost(2);
        ReviewImport.Report report;
        try {
            report = ReviewImport.apply(store, ReviewSheetReader.read(file),
                    args.option("reviewer") == null ? store.coderName() : args.option("reviewer"), file.getFileName().toString());
        } catch (IOException e) {
            throw new CliFailure(e.getMessage());
        }
        JsonObject o = new JsonObject();
        o.addProperty("recorded", report.recorded());
        o.addProperty("unchanged", report.unchanged());
        JsonArray unmatched = new JsonArray();
        report.unmatched().forEach(unmatched::add);
        o.add("unmatched", unmatched);
        JsonArray invalid = new JsonArray();
        report.invalid().forEach(invalid::add);
        o.add("invalid", invalid);
        ctx.print(o, () -> {
            ctx.out.println("recorded " + report.recorded() + " decisions, " + report.unchanged() + " rows unchanged");
            report.unmatched().forEach(u -> ctx.out.println("not matched: " + u));
            report.invalid().forEach(i -> ctx.out.println("not recorded: " + i));
        });
        return 0;
    }
}
