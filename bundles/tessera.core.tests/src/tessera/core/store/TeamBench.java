package tessera.core.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import tessera.core.ops.AddCoding;
import tessera.core.ops.AddDocument;
import tessera.core.ops.CreateCode;

/**
 * The team-server benchmark (bench/team-bench.sh), not a test: it runs only when {@code tessera.bench.team} names
 * the file for its results. Eight coders on one server database each commit codings one by one, as fast as they
 * can, while another client follows the log as a workbench and {@code log --follow} do (wait for the server's
 * announcement, then refresh): codings per second in all, and the time from a commit to the follower's sight of it.
 */
@EnabledIfSystemProperty(named = "tessera.bench.team", matches = ".+")
class TeamBench {

    static final int CODERS = 8;
    static final int EACH = 250;

    /** Codings per coder: 250 for the benchmark, a few for the smoke test that keeps it working. */
    int each() {
        return EACH;
    }

    /** Where the results go. */
    Path results() {
        return Path.of(System.getProperty("tessera.bench.team"));
    }

    @TempDir
    Path dir;

    @Test
    void eightCodersAtOnce() throws Exception {
        String team = Backend.newDatabase();
        long doc;
        long code;
        try (ProjectStore setup = ProjectStores.create(team, "bench", "lead")) {
            doc = setup.apply(new AddDocument("text", "城市外交".repeat(2_000), "zh", "txt")).inserted(Table.DOCUMENT);
            code = setup.apply(new CreateCode(null, "Drivers")).inserted(Table.CODE);
        }
        Map<Long, Long> committed = new ConcurrentHashMap<>();
        Map<Long, Long> seen = new ConcurrentHashMap<>();
        ProjectStore follower = ProjectStores.open(team, "watcher");
        follower.addListener(a -> seen.putIfAbsent(a.entry().seq(), System.nanoTime()));
        Thread watching = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    follower.awaitChange(500);
                    follower.refresh();
                }
            } catch (InterruptedException e) {
                // done
            }
        });
        watching.start();
        List<ProjectStore> stores = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CODERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < CODERS; w++) {
            ProjectStore s = ProjectStores.open(team, "coder" + w);
            stores.add(s);
            int offset = w * each();
            done.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < each(); i++) {
                    long seq = s.apply(new AddCoding(doc, code, offset + i, offset + i + 3)).entry().seq();
                    committed.put(seq, System.nanoTime());
                }
                return null;
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long deadline = System.currentTimeMillis() + 10_000;
        while (seen.size() < CODERS * each() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        watching.interrupt();
        watching.join();
        List<Double> latencies = new ArrayList<>();
        committed.forEach((seq, at) -> {
            Long sight = seen.get(seq);
            // the follower may hear of a commit before its writer has taken the time: that is no delay at all
            latencies.add(sight == null ? Double.NaN : Math.max(0, sight - at) / 1e6);
        });
        latencies.sort(null);
        int codings = stores.get(0).codings(CodingFilter.ALL).size();
        stores.forEach(ProjectStore::close);
        follower.close();
        pool.shutdown();

        JsonObject out = new JsonObject();
        out.addProperty("coders", CODERS);
        out.addProperty("codings", codings);
        out.addProperty("seconds", Math.round(seconds * 1000) / 1000.0);
        out.addProperty("codingsPerSecond", Math.round(codings / seconds));
        out.addProperty("seenByFollower", seen.size());
        out.addProperty("latencyMsP50", percentile(latencies, 0.50));
        out.addProperty("latencyMsP95", percentile(latencies, 0.95));
        out.addProperty("latencyMsMax", percentile(latencies, 1.0));
        String json = new GsonBuilder().setPrettyPrinting().create().toJson(out);
        Files.writeString(results(), json);
        System.out.println(json);
    }

    private static double percentile(List<Double> sorted, double p) {
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
        return Math.round(sorted.get(Math.max(0, i)) * 10) / 10.0;
    }
}
