package tessera.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies a project between databases row by row, every id, GUID and log entry as it is: a file onto a server, a
 * server's project into a file for offline work, or between servers. The source is read in one snapshot while
 * the other processes go on; the target is made and filled in one transaction, so a failed copy leaves nothing.
 */
final class ProjectCopy {

    /** Every table, each after the tables it refers to. */
    static final List<String> TABLES = List.of("meta", "id_counter", "text_content", "coder", "original_file",
            "document", "code", "coding", "memo", "attribute", "attribute_value", "change_log", "coding_review",
            "item_set", "set_member");

    private ProjectCopy() {
    }

    /**
     * A server project into a new project file: an offline copy, which remembers where it came from and how far
     * the log had come, so that {@link ProjectSync} can bring it and the server together again.
     */
    static void toFile(JdbcProjectStore from, Path target) {
        synchronized (from.connection()) {
            SqliteProjects.create(target, from.coderName(), Schema.MIGRATIONS, c -> {
                long seq = rows(from.connection(), c);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO meta (meta_key, meta_value) VALUES (?, ?)")) {
                    for (String[] kv : new String[][] {{"origin", from.location()}, {"origin_seq", Long.toString(seq)}}) {
                        ps.setString(1, kv[0]);
                        ps.setString(2, kv[1]);
                        ps.executeUpdate();
                    }
                }
            }).close();
        }
    }

    /** A project onto an empty database. */
    static void toServer(JdbcProjectStore from, ServerAddress target) {
        synchronized (from.connection()) {
            PostgresProjects.create(target, from.coderName(), c -> rows(from.connection(), c)).close();
        }
    }

    /**
     * Copies every row of a project in one snapshot of the source into freshly migrated tables.
     *
     * @return the last log entry copied
     */
    private static long rows(Connection from, Connection to) throws SQLException {
        boolean auto = from.getAutoCommit();
        if (from.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
            from.setAutoCommit(false);
            from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        } else {
            from.setAutoCommit(false); // SQLite reads one snapshot within a transaction
        }
        try {
            try (Statement s = to.createStatement()) {
                s.execute("DELETE FROM id_counter"); // the migrations' starting counters; the source's come instead
                s.execute("DELETE FROM meta");
            }
            for (String table : TABLES) {
                copy(from, to, table);
            }
            try (Statement s = to.createStatement()) {
                // where an offline copy came from is the copy's own; each copy says it afresh
                s.execute("DELETE FROM meta WHERE meta_key IN ('origin', 'origin_seq')");
            }
            try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(seq) FROM change_log")) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } finally {
            from.rollback();
            from.setAutoCommit(auto);
        }
    }

    private static void copy(Connection from, Connection to, String table) throws SQLException {
        List<long[]> parents = new ArrayList<>();
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            List<String> names = new ArrayList<>();
            int parentColumn = -1;
            for (int i = 1; i <= n; i++) {
                names.add(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                if (table.equals("code") && names.get(i - 1).equals("parent_id")) {
                    parentColumn = i;
                }
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
            try (PreparedStatement ins = to.prepareStatement(sql)) {
                int batch = 0;
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        if (i == parentColumn && v != null) {
                            // a parent may come after its child: set once every code is in
                            parents.add(new long[] {rs.getLong("id"), ((Number) v).longValue()});
                            v = null;
                        }
                        if (v == null) {
                            ins.setNull(i, md.getColumnType(i));
                        } else {
                            ins.setObject(i, v);
                        }
                    }
                    ins.addBatch();
                    if (++batch % 1000 == 0) {
                        ins.executeBatch();
                    }
                }
                ins.executeBatch();
            }
        }
        if (!parents.isEmpty()) {
            try (PreparedStatement up = to.prepareStatement("UPDATE code SET parent_id = ? WHERE id = ?")) {
                for (long[] p : parents) {
                    up.setLong(1, p[1]);
                    up.setLong(2, p[0]);
                    up.addBatch();
                }
                up.executeBatch();
            }
        }
    }
}
