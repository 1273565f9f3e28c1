package tessera.analysis.agreement;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import tessera.core.ops.AddCoding;
import tessera.core.ops.AddDocument;
import tessera.core.ops.Batch;
import tessera.core.ops.CreateCode;
import tessera.core.store.Operation;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.Table;

/**
 * The agreement benchmark (bench/agreement-bench.sh), not a test: it runs only when {@code tessera.bench.agreement}
 * names the file for its results. 1,000 documents of 2,000 characters, 8 codes, 3 coders and 100,000 codings; the
 * figures of every code and coder pair by character, the disagreements, and documents as units, timed after one
 * warm-up run, with the heap they hold.
 */
@EnabledIfSystemProperty(named = "tessera.bench.agreement", matches = ".+")
class AgreementBench {

    static final int DOCUMENTS = 1_000;
    static final int LENGTH = 2_000;
    static final int CODINGS = 100_000;
    static final String[] CODERS = {"Li Wei", "Sato Yuki", "Kim Minji"};

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
        return Path.of(System.getProperty("tessera.bench.agreement"));
    }

    @TempDir
    Path dir;

    @Test
    void thousandDocumentsThreeCodersHundredThousandCodings() throws Exception {
        ProjectStore store = ProjectStores.create(dir.resolve("bench.tessera"), "bench", "bench");
        long[] docs = new long[documents()];
        String text = "城市外交".repeat(LENGTH / 4);
        for (int i = 0; i < documents(); i++) {
            docs[i] = store.apply(new AddDocument("doc" + i, text + i, "zh", "txt")).inserted(Table.DOCUMENT);
        }
        long tone = store.apply(new CreateCode(null, "Tone", null, "", false)).inserted(Table.CODE);
        long[] codes = new long[8];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = store.apply(new CreateCode(i < 2 ? tone : null, "code" + i)).inserted(Table.CODE);
        }
        Random random = new Random(2016);
        List<Operation> batch = new ArrayList<>();
        java.util.Set<AddCoding> seen = new java.util.HashSet<>();
        while (seen.size() < codings()) {
            int start = random.nextInt(LENGTH - 80);
            AddCoding coding = new AddCoding(docs[random.nextInt(documents())], codes[random.nextInt(codes.length)],
                    start, start + 5 + random.nextInt(70), CODERS[random.nextInt(CODERS.length)]);
            if (!seen.add(coding)) {
                continue; // the same coding twice is refused, as it should be
            }
            batch.add(coding);
            if (batch.size() == 10_000) {
                store.apply(new Batch("bench", batch));
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) { // the rest, when the count is not a multiple of 10,000 (the smoke test's)
            store.apply(new Batch("bench", batch));
        }
        run(store, tone); // warm-up
        System.gc();
        long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long t = System.nanoTime();
        Object[] held = run(store, tone);
        double seconds = (System.nanoTime() - t) / 1e9;
        System.gc();
        long heapHeld = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() - heapBefore;
        AgreementScope scope = (AgreementScope) held[0];

        JsonObject out = new JsonObject();
        out.addProperty("documents", documents());
        out.addProperty("characters", scope.characters());
        out.addProperty("codings", store.codings(tessera.core.store.CodingFilter.ALL).size());
        out.addProperty("coders", CODERS.length);
        out.addProperty("codes", codes.length);
        out.addProperty("pairs", ((List<?>) held[1]).size() * 3);
        out.addProperty("disagreements", ((List<?>) held[2]).size());
        out.addProperty("seconds", Math.round(seconds * 1000) / 1000.0);
        out.addProperty("readScopeSeconds", parts[0]);
        out.addProperty("byCharacterSeconds", parts[1]);
        out.addProperty("disagreementsSeconds", parts[2]);
        out.addProperty("byDocumentSeconds", parts[3]);
        out.addProperty("unitizedSeconds", parts[4]);
        out.addProperty("heapHeldMB", Math.round(heapHeld / 1048576.0 * 10) / 10.0);
        out.addProperty("maxHeapMB", Runtime.getRuntime().maxMemory() / 1048576);
        store.close();
        String json = new GsonBuilder().setPrettyPrinting().create().toJson(out);
        Files.writeString(results(), json);
        System.out.println(json);
    }

    /**
     * Seconds of each part of the last run: reading the scope, by character, disagreements, by document, and the
     * unitized alphas (over all codes, and each code's α-binary).
     */
    private final double[] parts = new double[5];

    /** Everything the Agreement view and the CLI compute for the whole project. */
    private Object[] run(ProjectStore store, long tone) {
        long t = System.nanoTime();
        AgreementScope scope = AgreementScope.of(store, null, null, null);
        parts[0] = lap(t);
        t = System.nanoTime();
        List<CharacterAgreement.CodeAgreement> byCharacter = CharacterAgreement.of(scope, false);
        parts[1] = lap(t);
        t = System.nanoTime();
        List<Disagreements.Stretch> stretches = Disagreements.of(scope);
        parts[2] = lap(t);
        t = System.nanoTime();
        DocumentAgreement.Group group = DocumentAgreement.of(store, tone, scope.documents(), scope.coders());
        parts[3] = lap(t);
        t = System.nanoTime();
        UnitizedAlpha.Result unitized = UnitizedAlpha.of(scope);
        List<Double> binaries = scope.codes().stream().map(c -> UnitizedAlpha.binary(scope, c)).toList();
        parts[4] = lap(t);
        return new Object[] {scope, byCharacter, stretches, group, unitized, binaries};
    }

    private static double lap(long since) {
        return Math.round((System.nanoTime() - since) / 1e6) / 1000.0;
    }
}
