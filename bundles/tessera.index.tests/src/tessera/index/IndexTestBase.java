package tessera.index;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Index tests start from the fixture project with its index open, and close both afterwards. */
abstract class IndexTestBase {

    @TempDir
    Path dir;
    IndexFixture f;
    ProjectIndex index;

    /** Adds what a test class needs to the fixture before the index is built. */
    void prepare() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        f = new IndexFixture(dir);
        prepare();
        index = ProjectIndex.open(f.store);
    }

    @AfterEach
    void close() {
        index.close();
        f.store.close();
    }
}
