package tessera.core.store;

import java.sql.Connection;
import java.sql.SQLException;

/** What fills a new project's tables once its schema is made, in the same transaction: meta rows, or a copy. */
@FunctionalInterface
interface Filling {

    void fill(Connection c) throws SQLException;

    /** A new project's own rows: its name, GUID and time of creation. */
    static Filling newProject(String name) {
        return c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO meta (meta_key, meta_value) VALUES (?, ?)")) {
                for (String[] kv : new String[][] {{"name", name}, {"guid", Tx.newGuid()},
                        {"created", java.time.Instant.now().toString()}}) {
                    ps.setString(1, kv[0]);
                    ps.setString(2, kv[1]);
                    ps.executeUpdate();
                }
            }
        };
    }
}
