package tessera.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;

/**
 * {@link AgreementBench} at a tiny size in every test run (its own test, inherited here without the switch that keeps the
 * full benchmark out of normal runs), so that its script keeps working: it must build its project, run every
 * measurement and write its results.
 */
class AgreementBenchSmokeTest extends AgreementBench {

    @Override
    double scale() {
        return 0.002;
    }

    @Override
    Path results() {
        return dir.resolve("agreement.json");
    }

    @AfterEach
    void wroteItsResults() throws Exception {
        String json = Files.readString(results());
        var codings = java.util.regex.Pattern.compile("\"codings\":\\s*(\\d+)").matcher(json);
        assertTrue(codings.find() && Integer.parseInt(codings.group(1)) == codings(), "every coding made: " + json);
    }
}
