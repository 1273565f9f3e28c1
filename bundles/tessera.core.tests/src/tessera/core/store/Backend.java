package tessera.core.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a test's project lives: a file, or a fresh database on the test PostgreSQL server that ./run-tests starts
 * (TESSERA_TEST_POSTGRES names it). Without that server the server tests fail, saying so; they never pass quietly.
 */
enum Backend {
    FILE, SERVER;

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** A place for a new project: a file in the folder, or a new empty database. */
    String newLocation(Path dir) {
        return this == FILE ? dir.resolve("p" + DATABASES.incrementAndGet() + ".tessera").toString() : newDatabase();
    }

    ProjectStore create(Path dir, String name, String coder) {
        return ProjectStores.create(newLocation(dir), name, coder);
    }

    /** The test server's administrator address. */
    static ServerAddress admin() {
        return tessera.testing.TestServer.admin();
    }

    /** A new, empty database on the test server, as a project address. */
    static String newDatabase() {
        return tessera.testing.TestServer.newDatabase("tessera");
    }
}
