package tessera.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import tessera.core.store.ServerAddress;

/**
 * Fresh databases on the test PostgreSQL server that ./run-tests starts (TESSERA_TEST_POSTGRES names it, its
 * password in PGPASSFILE), for the core, CLI and UI tests alike. Without it a test that needs it fails, saying so;
 * it never passes quietly.
 */
public final class TestServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestServer() {
    }

    /** The test server's administrator address. */
    public static ServerAddress admin() {
        String admin = System.getenv("TESSERA_TEST_POSTGRES");
        if (admin == null || admin.isBlank()) {
            throw new AssertionError(
                    "no PostgreSQL test server: ./run-tests starts one and names it in TESSERA_TEST_POSTGRES");
        }
        return ServerAddress.parse(admin);
    }

    /** A new, empty database named after the tests that asked for it, as the address a coder would type. */
    public static String newDatabase(String prefix) {
        ServerAddress admin = admin();
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        Properties p = new Properties();
        p.setProperty("user", admin.user());
        String url = "jdbc:postgresql://" + admin.host() + ":" + admin.port() + "/" + admin.database();
        try (Connection c = new org.postgresql.Driver().connect(url, p); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new AssertionError("cannot make a test database on " + admin + ": " + e.getMessage(), e);
        }
        return new ServerAddress(admin.host(), admin.port(), name, admin.user(), null, admin.parameters()).toString();
    }
}
