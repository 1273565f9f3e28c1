package tessera.analysis.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import tessera.core.model.AttributeType;
import tessera.core.ops.AddCoding;
import tessera.core.ops.AddDocument;
import tessera.core.ops.Batch;
import tessera.core.ops.CreateCode;
import tessera.core.ops.DefineAttribute;
import tessera.core.ops.SetAttribute;
import tessera.core.store.Operation;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.Table;
import tessera.exchange.matrix.MatrixValue;

/**
 * The coding-query benchmark (bench/query-bench.sh), not a test: it runs only when {@code tessera.bench.query}
 * names the file for its results. 2,000 documents of 2,000 characters in paragraphs of 200, 500 codes (20
 * parents of 24 subcodes), 3 coders, 200,000 codings and an attribute with 20 values; a mix of coding queries and
 * the matrix query of every code by the 20 values, each timed after a warm-up run.
 */
@EnabledIfSystemProperty(named = "tessera.bench.query", matches = ".+")
class QueryBench {

    static final int DOCUMENTS = 2_000;
    static final int LENGTH = 2_000;
    static final int CODINGS = 200_000;
    static final int PARENTS = 20;
    static final int CHILDREN = 24;
    static final int VALUES = 20;
    static final String[] CODERS = {"Li Wei", "Sato Yuki", "Kim Minji"};

    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("and", "code:P3 AND code:P7");
        QUERIES.put("or-not-attr", "(code:P1 OR code:P2) NOT code:P3 attr:Region=R5");
        QUERIES.put("overlaps-coder", "code:P4 OVERLAPS code:P5 coder:\"Li Wei\"");
        QUERIES.put("near-chars", "code:P1/C1 NEAR/50 code:P2/C2");
        QUERIES.put("followed-paragraphs", "code:P6 FOLLOWED BY/1p code:P8");
        QUERIES.put("inside-outside", "(code:P9 INSIDE code:P10) OR (code:P11 OUTSIDE code:P12)");
        QUERIES.put("phrase", "code:P13 AND \"合作\"");
    }

    /** The share of the full size: 1 for the benchmark, tiny for the smoke test that keeps it working. */
    double scale() {
        return 1;
    }

    int documents() {
        return Math.max(2, (int) (DOCUMENTS * scale()));
    }

    int codings() {
        return Math.max(20, (int) (CODINGS * scale()));
    }

    /** Where the results go. */
    Path results() {
        return Path.of(System.getProperty("tessera.bench.query"));
    }

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandCodings() throws Exception {
        ProjectStore store = ProjectStores.create(dir.resolve("bench.tessera"), "bench", "bench");
        long region = store.apply(new DefineAttribute("Region", AttributeType.TEXT)).inserted(Table.ATTRIBUTE);
        StringBuilder para = new StringBuilder();
        while (para.length() < 199) {
            para.append("城市外交与地方合作");
        }
        String text = (para.substring(0, 199) + "\n").repeat(LENGTH / 200);
        long[] docs = new long[documents()];
        for (int i = 0; i < documents(); i++) {
            docs[i] = store.apply(new AddDocument("doc" + i, text, "zh", "txt")).inserted(Table.DOCUMENT);
            store.apply(new SetAttribute(docs[i], region, "R" + (i % VALUES)));
        }
        List<Long> leaves = new ArrayList<>();
        for (int p = 0; p < PARENTS; p++) {
            long parent = store.apply(new CreateCode(null, "P" + p)).inserted(Table.CODE);
            for (int c = 0; c < CHILDREN; c++) {
                leaves.add(store.apply(new CreateCode(parent, "C" + c)).inserted(Table.CODE));
            }
        }
        Random random = new Random(14);
        List<Operation> batch = new ArrayList<>();
        Set<AddCoding> seen = new HashSet<>();
        while (seen.size() < codings()) {
            int start = random.nextInt(LENGTH - 120);
            AddCoding coding = new AddCoding(docs[random.nextInt(documents())], leaves.get(random.nextInt(leaves.size())),
                    start, start + 10 + random.nextInt(100), CODERS[random.nextInt(CODERS.length)]);
            if (seen.add(coding)) {
                batch.add(coding);
            }
            if (batch.size() == 10_000) {
                store.apply(new Batch("bench", batch));
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) { // the rest, when the count is not a multiple of 10,000 (the smoke test's)
            store.apply(new Batch("bench", batch));
        }
        JsonObject results = new JsonObject();
        for (int round = 0; round < 2; round++) { // the first round warms up; the second is reported
            results = new JsonObject();
            long t = System.nanoTime();
            QueryData data = new QueryData(store);
            results.addProperty("readSeconds", seconds(t));
            JsonObject queries = new JsonObject();
            for (Map.Entry<String, String> q : QUERIES.entrySet()) {
                t = System.nanoTime();
                List<QuerySegment> found = CodingQuery.run(data, q.getValue());
                JsonObject o = new JsonObject();
                o.addProperty("query", q.getValue());
                o.addProperty("segments", found.size());
                o.addProperty("seconds", seconds(t));
                queries.add(q.getKey(), o);
            }
            results.add("queries", queries);
            t = System.nanoTime();
            MatrixQuery m = new MatrixQuery(data, MatrixAxis.CODES.items(data, List.of()),
                    MatrixAxis.ATTRIBUTE.items(data, List.of("Region")), Operator.AND, null);
            var matrix = m.toMatrix("bench", MatrixValue.COUNT);
            JsonObject mq = new JsonObject();
            mq.addProperty("rows", matrix.rows().size());
            mq.addProperty("columns", matrix.columns().size());
            mq.addProperty("seconds", seconds(t));
            long total = 0;
            for (int c = 0; c < matrix.columns().size(); c++) {
                total += matrix.columnTotal(c);
            }
            mq.addProperty("segmentsCounted", total);
            results.add("matrixQuery", mq);
        }
        results.addProperty("documents", documents());
        results.addProperty("codes", PARENTS * (CHILDREN + 1));
        results.addProperty("codings", codings());
        results.addProperty("coders", CODERS.length);
        results.addProperty("maxHeapMB", Runtime.getRuntime().maxMemory() / 1048576);
        store.close();
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(results);
        Files.writeString(results(), json);
        System.out.println(json);
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e6) / 1000.0;
    }
}
