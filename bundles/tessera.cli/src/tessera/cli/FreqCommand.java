package tessera.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonObject;

import tessera.core.model.Coding;
import tessera.core.model.Document;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectStore;
import tessera.core.text.CodePointIndex;
import tessera.exchange.sheet.SingleSheet;
import tessera.index.FrequencyOptions;
import tessera.index.WordFrequencies;

/** {@code freq P [--doc DOC] [--code PATH] [--limit N] [--out FILE.csv]}: word frequencies with CJK segmentation. */
final class FreqCommand implements Command {

    @Override
    public String name() {
        return "freq";
    }

    @Override
    public String usage() {
        return "freq PROJECT.tessera [--doc DOC | --code PATH] [--limit N] [--min-length N] [--stop WORD,...]"
                + " [--keep WORD,...] [--out FILE.csv]";
    }

    @Override
    public String summary() {
        return "word frequencies of the corpus, a document or a code's segments (CJK segmented, stop words out)";
    }

    @Override
    public Set<String> options() {
        return Set.of("doc", "code", "limit", "out", "min-length", "stop", "keep");
    }

    @Override
    public int run(Args args, CliContext ctx) throws Exception {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        args.atMost(1);
        List<WordFrequencies.Passage> passages = new ArrayList<>();
        if (args.option("code") != null) {
            long code = CliContext.code(store, args.option("code")).id();
            for (Coding c : store.codings(CodingFilter.codes(store.codebook().subtree(code)))) {
                Document d = store.document(c.documentId()).orElseThrow();
                String text = store.text(d.id());
                passages.add(new WordFrequencies.Passage(d.id(), CodePointIndex.slice(text, CodePointIndex.of(text),
                        c.start(), c.end()), d.language()));
            }
        } else {
            List<Document> docs = args.option("doc") == null ? store.documents()
                    : List.of(CliContext.document(store, args.option("doc")));
            docs.forEach(d -> passages.add(new WordFrequencies.Passage(d.id(), store.text(d.id()), d.language())));
        }
        int limit = args.intOption("limit", 1, 50);
        FrequencyOptions options = new FrequencyOptions(args.intOption("min-length", 1, 1), words(args, "stop"),
                words(args, "keep"));
        List<WordFrequencies.Word> words = WordFrequencies.count(passages, limit, options);
        if (args.option("out") != null) {
            SingleSheet.write(Path.of(args.option("out")), "Words", WordFrequencies.HEADERS, WordFrequencies.rows(words));
        }
        List<JsonObject> rows = new ArrayList<>();
        for (WordFrequencies.Word w : words) {
            JsonObject o = new JsonObject();
            o.addProperty("word", w.word());
            o.addProperty("language", w.language());
            o.addProperty("count", w.count());
            o.addProperty("documents", w.documents());
            rows.add(o);
        }
        ctx.print(JsonShapes.array(rows), () -> words.forEach(w -> ctx.out.println(w.count() + "\t" + w.documents()
                + "\t" + w.language() + "\t" + w.word())));
        return 0;
    }

    /** --stop and --keep: words separated by commas (Chinese ones too). */
    private static Set<String> words(Args args, String option) {
        String v = args.option(option);
        return v == null ? Set.of() : new java.util.LinkedHashSet<>(java.util.Arrays.stream(v.split("[,，、]"))
                .map(String::strip).filter(w -> !w.isEmpty()).toList());
    }
}
