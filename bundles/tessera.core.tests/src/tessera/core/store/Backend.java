package tessera.core.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
        String admin = System.getenv("TESSERA_TEST_POSTGRES");
        if (admin == null || admin.isBlank()) {
            fail("no PostgreSQL test server: ./run-tests starts one and names it in TESSERA_TEST_POSTGRES");
        }
        return ServerAddress.parse(admin);
    }

    /** A new, empty database on the test server, as a project address. */
    static String newDatabase() {
        ServerAddress admin = admin();
        String name = "tessera_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = PostgresProjects.connect(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            fail("cannot make a test database on " + admin + ": " + e.getMessage());
        }
        return new ServerAddress(admin.host(), admin.port(), name, admin.user(), admin.password(),
                admin.parameters()).toString();
    }
}
