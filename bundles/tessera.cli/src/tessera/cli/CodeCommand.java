package tessera.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.model.Coding;
import tessera.core.model.Document;
import tessera.core.ops.AddCoding;
import tessera.core.store.ProjectStore;
import tessera.core.store.StoreException;
import tessera.core.store.Table;
import tessera.core.text.CodePointIndex;

/**
 * {@code code P --doc DOC --start N --end M --code PATH [--coder NAME]} codes one passage; {@code --batch FILE}
 * codes one passage per line (DOC, START, END, PATH and an optional CODER, tab-separated). Each line is its own
 * change-log entry (its own undo step); the lines are committed {@value #CHUNK} at a time, so that a batch runs
 * at bulk speed and an interrupted or killed one keeps every chunk it finished, whole.
 */
final class CodeCommand implements Command {

    /** Lines per transaction: large enough that the commit's sync is a small share, small enough to lose little. */
    static final int CHUNK = 1_000;

    @Override
    public String name() {
        return "code";
    }

    @Override
    public String usage() {
        return "code PROJECT.tessera (--doc DOC --start N --end M --code PATH | --batch FILE.tsv) [--coder NAME]";
    }

    @Override
    public String summary() {
        return "code a passage (code points, end exclusive), or every line of a batch file";
    }

    @Override
    public Set<String> options() {
        return Set.of("doc", "start", "end", "code", "coder", "batch");
    }

    @Override
    public int run(Args args, CliContext ctx) throws Exception {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        args.atMost(1);
        if (args.option("batch") != null) {
            args.onlyFor("--batch", "batch", "coder");
            Path file = Path.of(args.option("batch"));
            return CliJob.run("coding", ctx, monitor -> batch(store, file, args.option("coder"), ctx, monitor));
        }
        String docRef = args.required("doc");
        String codePath = args.required("code");
        Integer start = args.intOption("start");
        Integer end = args.intOption("end");
        if (start == null || end == null) {
            throw new UsageException("missing --start or --end", usage());
        }
        Document doc = CliContext.document(store, docRef);
        Code code = CliContext.code(store, codePath);
        long id = store.apply(new AddCoding(doc.id(), code.id(), start, end, args.option("coder"))).inserted(Table.CODING);
        Coding coding = store.coding(id).orElseThrow();
        String text = store.text(doc.id());
        JsonObject o = JsonShapes.coding(store, store.codebook(), coding, store.coderNames(), text,
                CodePointIndex.of(text));
        ctx.print(o, () -> ctx.out.println("coded [" + start + ", " + end + ") of " + doc.name() + " with "
                + store.codebook().path(code.id()) + ": " + o.get("text").getAsString()));
        return 0;
    }

    private int batch(ProjectStore store, Path file, String coder, CliContext ctx, IProgressMonitor monitor) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliFailure(file + ": cannot read: " + e.getMessage());
        }
        Codebook book = store.codebook();
        Map<String, Long> docs = new HashMap<>();
        JsonArray failed = new JsonArray();
        List<AddCoding> chunk = new ArrayList<>(CHUNK);
        List<Integer> chunkLines = new ArrayList<>(CHUNK);
        // a chunk's failures, by line: those found reading a line and those the store refused, told in line order
        java.util.SortedMap<Integer, String> chunkFailures = new java.util.TreeMap<>();
        int applied = 0;
        int read = 0; // lines taken into chunks that were applied: the progress
        SubMonitor progress = SubMonitor.convert(monitor, "Coding " + file.getFileName(), lines.size());
        for (int n = 0; n < lines.size() && !progress.isCanceled(); n++) {
            String line = lines.get(n);
            if (!line.isBlank() && !line.startsWith("#")) {
                try {
                    chunk.add(coding(line, store, book, docs, coder));
                    chunkLines.add(n + 1);
                } catch (CliFailure | StoreException | NumberFormatException e) {
                    chunkFailures.put(n + 1, e.getMessage());
                }
            }
            if (chunk.size() == CHUNK || n == lines.size() - 1) {
                applied += store.applyEach(chunk, (i, e) -> chunkFailures.put(chunkLines.get(i), e.getMessage()))
                        .size();
                chunkFailures.forEach((at, reason) -> failed(ctx, failed, file, at, reason));
                progress.worked(n + 1 - read);
                read = n + 1;
                chunk.clear();
                chunkLines.clear();
                chunkFailures.clear();
            }
        }
        JsonObject o = new JsonObject();
        o.addProperty("applied", applied);
        o.add("failed", failed);
        int done = applied;
        ctx.print(o, () -> ctx.out.println("coded " + done + " passages, " + failed.size() + " lines failed"));
        return failed.isEmpty() ? 0 : 1;
    }

    /** A batch line (DOC, START, END, CODE-PATH and an optional CODER) as the coding it asks for. */
    private static AddCoding coding(String line, ProjectStore store, Codebook book, Map<String, Long> docs,
            String coder) {
        String[] f = line.split("\t");
        if (f.length < 4) {
            throw new CliFailure("expected DOC, START, END, CODE-PATH separated by tabs");
        }
        long doc = docs.computeIfAbsent(f[0], ref -> CliContext.document(store, ref).id());
        long code = book.byPath(f[3]).orElseThrow(() -> new CliFailure("no code at '" + f[3] + "'")).id();
        return new AddCoding(doc, code, Integer.parseInt(f[1].strip()), Integer.parseInt(f[2].strip()),
                f.length > 4 ? f[4] : coder);
    }

    private static void failed(CliContext ctx, JsonArray failed, Path file, int line, String reason) {
        JsonObject o = new JsonObject();
        o.addProperty("line", line);
        o.addProperty("reason", reason);
        failed.add(o);
        ctx.err.println("tessera: " + file + ":" + line + ": " + reason);
    }
}
