package tessera.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Gives the existing rows of a table that has just gained a guid column a GUID each (a schema migration's step). */
final class Guids {

    private Guids() {
    }

    static void fill(Connection c, String table) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE guid IS NULL");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET guid = ? WHERE id = ?")) {
            for (long id : ids) {
                ps.setString(1, Tx.newGuid());
                ps.setLong(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
