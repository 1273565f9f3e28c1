package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import tessera.core.store.ServerAddress;

/**
 * Fresh databases on the test PostgreSQL server that ./run-tests starts (TESSERA_TEST_POSTGRES names it, its
 * password in PGPASSFILE). Without it the tests that need it fail, saying so.
 */
final class TestServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestServer() {
    }

    static ServerAddress admin() {
        String admin = System.getenv("TESSERA_TEST_POSTGRES");
        if (admin == null || admin.isBlank()) {
            fail("no PostgreSQL test server: ./run-tests starts one and names it in TESSERA_TEST_POSTGRES");
        }
        return ServerAddress.parse(admin);
    }

    /** A new, empty database, as the address a coder would type. */
    static String newDatabase() {
        ServerAddress admin = admin();
        String name = "tessera_ui_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        Properties p = new Properties();
        p.setProperty("user", admin.user());
        String url = "jdbc:postgresql://" + admin.host() + ":" + admin.port() + "/" + admin.database();
        try (Connection c = new org.postgresql.Driver().connect(url, p); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            fail("cannot make a test database on " + admin + ": " + e.getMessage());
        }
        return new ServerAddress(admin.host(), admin.port(), name, admin.user(), null, admin.parameters()).toString();
    }
}
