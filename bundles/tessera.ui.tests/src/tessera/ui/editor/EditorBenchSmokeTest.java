package tessera.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;

/**
 * {@link EditorBench} on a document of 150 KB with 100 codings in every test run (its test, inherited here without
 * the switch that keeps the full benchmark out of normal runs), so that bench/editor-bench.sh keeps working: it
 * opens, codes 60 passages through the Quick Code command (failing if one is not painted), commits, scrolls, and
 * writes its results.
 */
class EditorBenchSmokeTest extends EditorBench {

    @Override
    int codings() {
        return 100;
    }

    @Override
    int targetBytes() {
        return 150_000;
    }

    @Override
    long settleMs() {
        return 300;
    }

    @Override
    Path results() {
        return dir.resolve("editor.json");
    }

    @AfterEach
    void wroteItsResults() throws Exception {
        String json = Files.readString(results());
        // the 100 placed, 60 by command and 30 committed directly
        assertTrue(json.contains("\"codings\": 190"), json);
    }
}
