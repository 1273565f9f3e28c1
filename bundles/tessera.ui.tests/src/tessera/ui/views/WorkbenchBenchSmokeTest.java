package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The workbench benchmark run at a tiny scale (20 documents, 400 codings) in every test run, so that
 * bench/workbench-bench.sh keeps working; its checks (every document listed, every segment of the big code, the
 * segments following each new coding) hold at any size.
 */
class WorkbenchBenchSmokeTest extends SampleWorkbenchTest {

    @Test
    void theBenchmarkRunsOnATinyProject() throws Exception {
        String json = WorkbenchBench.measure(page, store, dir, 0.002, dir.resolve("tiny.tessera"));
        assertEquals(20, number(json, "documents"));
        assertEquals(400 + 40, number(json, "codings"), "the project's codings and the benchmark's 40 changes");
        assertTrue(number(json, "segments") > 0, json);
        assertTrue(number(json, "openMs") > 0, json);
    }

    private static double number(String json, String key) {
        var m = java.util.regex.Pattern.compile("\"" + key + "\": ([0-9.]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Double.parseDouble(m.group(1));
    }
}
