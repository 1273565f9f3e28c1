package tessera.index;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import tessera.core.ops.AddDocument;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.index.analysis.CjkBigramAnalyzer;
import tessera.index.analysis.FoldedText;
import tessera.index.analysis.WordAnalyzers;

/**
 * The search benchmark (bench/search-bench.sh), not a test: it runs only when {@code tessera.bench.search} names
 * the file for its results and {@code tessera.bench.poetry} the unpacked npm package chinese-poetry. About 75 MB
 * of classical Chinese (the Tang and Song poems, one document per file of a thousand poems, a poem's title and
 * author on one line and its verses on the next) is imported, indexed by Tessera and, for comparison, by a bare
 * IndexWriter with the same analyzers; then 20 queries are timed and their hits compared with a scan of the texts.
 */
@EnabledIfSystemProperty(named = "tessera.bench.search", matches = ".+")
class SearchBench {

    static final long TARGET_BYTES = 75L * 1024 * 1024;

    /** A query, and how the scan decides which documents it matches (all literals, any, first but not second). */
    record Query(String text, String mode, List<String> literals) {
    }

    static final List<Query> QUERIES = List.of(q("月"), q("山"), q("愁"), q("明月"), q("春風"), q("故人"), q("長安"),
            q("白雲"), q("黃河"), q("天涯"), q("明月光"), q("千里"), q("夕陽西下"), q("不知何處"), q("\"江南春\""),
            new Query("春風 AND 明月", "and", List.of("春風", "明月")), new Query("長安 OR 洛陽", "or", List.of("長安", "洛陽")),
            new Query("白雲 NOT 青山", "not", List.of("白雲", "青山")), new Query("故人 AND 江南", "and", List.of("故人", "江南")),
            new Query("(明月 OR 月明) AND 故鄉", "andor", List.of("明月", "月明", "故鄉")));

    static Query q(String text) {
        return new Query(text, "one", List.of(text.replace("\"", "")));
    }

    @TempDir
    Path dir;

    @Test
    void indexSearchAndCount() throws Exception {
        Path poetry = Path.of(System.getProperty("tessera.bench.poetry"));
        List<String[]> documents = load(poetry);
        long bytes = documents.stream().mapToLong(d -> d[1].getBytes(StandardCharsets.UTF_8).length).sum();
        long chars = documents.stream().mapToLong(d -> d[1].codePointCount(0, d[1].length())).sum();

        ProjectStore store = ProjectStores.create(dir.resolve("poetry.tessera"), "poetry", "bench");
        long t = System.nanoTime();
        for (String[] d : documents) {
            store.apply(new AddDocument(d[0], d[1], "zh", "json"));
        }
        double importS = (System.nanoTime() - t) / 1e9;

        t = System.nanoTime();
        ProjectIndex index = ProjectIndex.open(store);
        double tesseraS = (System.nanoTime() - t) / 1e9;
        long indexBytes = index.sizeOnDisk();

        t = System.nanoTime();
        bare(documents, dir.resolve("bare"), 1);
        double bareS = (System.nanoTime() - t) / 1e9;
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        t = System.nanoTime();
        bare(documents, dir.resolve("bare-parallel"), threads);
        double bareParallelS = (System.nanoTime() - t) / 1e9;

        // a build leaves merges running on the two cores: time queries once they are done, then warm up
        index.awaitMerges();
        for (Query q : QUERIES) {
            index.search(q.text(), new SearchOptions(SearchOptions.Unit.DOCUMENT, 100));
        }
        JsonArray rows = new JsonArray();
        List<Double> all = new ArrayList<>();
        Map<String, Integer> truth = truth(documents);
        boolean allEqual = true;
        for (Query q : QUERIES) {
            double[] ms = new double[5];
            SearchResult r = null;
            for (int i = 0; i < ms.length; i++) {
                long s = System.nanoTime();
                r = index.search(q.text(), new SearchOptions(SearchOptions.Unit.DOCUMENT, 100));
                ms[i] = (System.nanoTime() - s) / 1e6;
                all.add(ms[i]);
            }
            double[] scan = new double[3];
            int scanned = 0;
            for (int i = 0; i < scan.length; i++) {
                long s = System.nanoTime();
                scanned = scan(documents, q);
                scan[i] = (System.nanoTime() - s) / 1e6;
            }
            JsonObject row = new JsonObject();
            row.addProperty("query", q.text());
            row.addProperty("hits", r.total());
            row.addProperty("trueOccurrences", truth.get(q.text()));
            row.addProperty("equal", r.total() == truth.get(q.text()));
            allEqual &= r.total() == truth.get(q.text());
            row.addProperty("p50ms", pct(ms, 50));
            row.addProperty("indexOfScanMs", pct(scan, 50));
            row.addProperty("indexOfScanHits", scanned);
            rows.add(row);
        }
        double[] lat = all.stream().mapToDouble(Double::doubleValue).toArray();
        JsonObject out = new JsonObject();
        out.addProperty("documents", documents.size());
        out.addProperty("textBytes", bytes);
        out.addProperty("codePoints", chars);
        out.addProperty("units", index.units());
        out.addProperty("importSeconds", round(importS));
        out.addProperty("tesseraIndexSeconds", round(tesseraS));
        out.addProperty("bareLuceneSeconds", round(bareS));
        out.addProperty("tesseraMBps", round(bytes / 1048576.0 / tesseraS));
        out.addProperty("bareMBps", round(bytes / 1048576.0 / bareS));
        out.addProperty("ratioToOneThread", round(bareS / tesseraS));
        out.addProperty("threads", threads);
        out.addProperty("bareParallelSeconds", round(bareParallelS));
        out.addProperty("bareParallelMBps", round(bytes / 1048576.0 / bareParallelS));
        out.addProperty("ratio", round(bareParallelS / tesseraS));
        out.addProperty("indexBytes", indexBytes);
        out.addProperty("indexToText", round((double) indexBytes / bytes));
        out.addProperty("queryP50ms", pct(lat, 50));
        out.addProperty("queryP95ms", pct(lat, 95));
        out.addProperty("allCountsEqual", allEqual);
        out.add("queries", rows);
        index.close();
        store.close();
        String json = new com.google.gson.GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(out);
        Files.writeString(Path.of(System.getProperty("tessera.bench.search")), json);
        System.out.println(json);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return round(sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)]);
    }

    /** One document per file of poems, up to about 75 MB of text: title (author) on a line, the verses on the next. */
    static List<String[]> load(Path poetry) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(poetry)) {
            files = s.filter(p -> p.getParent().getFileName().toString().equals("quantangshi")
                    && p.getFileName().toString().matches("poet\\.(tang|song)\\.\\d+\\.json")).sorted().toList();
        }
        List<String[]> out = new ArrayList<>();
        long bytes = 0;
        for (Path f : files) {
            if (bytes >= TARGET_BYTES) {
                break;
            }
            StringBuilder text = new StringBuilder();
            try (Reader r = Files.newBufferedReader(f)) {
                for (JsonElement e : JsonParser.parseReader(r).getAsJsonArray()) {
                    JsonObject poem = e.getAsJsonObject();
                    StringBuilder verses = new StringBuilder();
                    if (poem.has("paragraphs")) {
                        poem.getAsJsonArray("paragraphs").forEach(p -> verses.append(p.getAsString().strip()));
                    }
                    text.append(poem.has("title") ? poem.get("title").getAsString().strip() : "").append("（")
                            .append(poem.has("author") ? poem.get("author").getAsString().strip() : "").append("）\n")
                            .append(verses).append("\n\n");
                }
            }
            String s = text.toString();
            bytes += s.getBytes(StandardCharsets.UTF_8).length;
            out.add(new String[] {f.getFileName().toString(), s});
        }
        return out;
    }

    /**
     * A bare IndexWriter with Tessera's analyzers: each document once, its text and its words, nothing stored, fed
     * by as many threads as Tessera's rebuild uses (and by one, for the record).
     */
    static void bare(List<String[]> documents, Path where, int threads) throws Exception {
        Map<String, Analyzer> fields = new HashMap<>();
        fields.put("text", CjkBigramAnalyzer.forIndex());
        fields.put("word_zh", WordAnalyzers.of("zh"));
        try (FSDirectory d = FSDirectory.open(where);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new PerFieldAnalyzerWrapper(
                        new StandardAnalyzer(), fields)).setRAMBufferSizeMB(64))) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
            for (String[] doc : documents) {
                pending.add(pool.submit(() -> {
                    org.apache.lucene.document.Document ld = new org.apache.lucene.document.Document();
                    ld.add(new TextField("text", doc[1], Field.Store.NO));
                    ld.add(new TextField("word_zh", doc[1], Field.Store.NO));
                    w.addDocument(ld);
                    return null;
                }));
            }
            for (var f : pending) {
                f.get();
            }
            pool.shutdown();
            w.commit();
        }
    }

    /** What a tool without an index does: String.indexOf over every text in memory; returns the occurrences. */
    static int scan(List<String[]> documents, Query q) {
        int n = 0;
        for (String[] d : documents) {
            n += count(d[1], q);
        }
        return n;
    }

    private static int count(String text, Query q) {
        int[] each = new int[q.literals().size()];
        for (int i = 0; i < each.length; i++) {
            String lit = q.literals().get(i);
            for (int at = text.indexOf(lit); at >= 0; at = text.indexOf(lit, at + 1)) {
                each[i]++;
            }
        }
        return switch (q.mode()) {
            case "one" -> each[0];
            case "and" -> each[0] > 0 && each[1] > 0 ? each[0] + each[1] : 0;
            case "or" -> each[0] + each[1];
            case "not" -> each[1] == 0 ? each[0] : 0;
            case "andor" -> (each[0] + each[1]) > 0 && each[2] > 0 ? each[0] + each[1] + each[2] : 0;
            default -> throw new IllegalArgumentException(q.mode());
        };
    }

    /** The true counts: the same scan over the folded texts, the form Tessera's hits are defined on. */
    static Map<String, Integer> truth(List<String[]> documents) {
        Map<String, Integer> out = new HashMap<>();
        QUERIES.forEach(q -> out.put(q.text(), 0));
        for (String[] d : documents) {
            String folded = FoldedText.of(d[1], 0).folded();
            for (Query q : QUERIES) {
                Query f = new Query(q.text(), q.mode(), q.literals().stream().map(FoldedText::fold).toList());
                out.merge(q.text(), count(folded, f), Integer::sum);
            }
        }
        return out;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
