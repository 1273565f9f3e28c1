package tessera.core.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;

/**
 * {@link TeamBench} at a tiny size (eight coders, five codings each) on the test server in every test run, so
 * that bench/team-bench.sh keeps working: every coding committed and seen by the follower.
 */
class TeamBenchSmokeTest extends TeamBench {

    @Override
    int each() {
        return 5;
    }

    @Override
    Path results() {
        return dir.resolve("team.json");
    }

    @AfterEach
    void wroteItsResults() throws Exception {
        String json = Files.readString(results());
        int all = CODERS * each();
        assertTrue(json.contains("\"codings\": " + all) && json.contains("\"seenByFollower\": " + all), json);
    }
}
