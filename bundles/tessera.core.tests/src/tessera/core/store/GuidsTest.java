package tessera.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.model.AttributeType;
import tessera.core.ops.AddCoding;
import tessera.core.ops.AddDocument;
import tessera.core.ops.ChangeSetMembers;
import tessera.core.ops.CreateCode;
import tessera.core.ops.CreateSet;
import tessera.core.ops.DefineAttribute;
import tessera.core.ops.RecordReview;
import tessera.core.ops.SetAttribute;

/** Every row that can cross projects has a GUID: new rows, rows an upgrade finds, rows undo brings back. */
class GuidsTest {

    @TempDir
    Path dir;

    private static List<String> guids(Path file, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT guid FROM " + table + " ORDER BY id")) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    @Test
    void newRowsHaveGuidsAndUndoRedoKeepThem() throws Exception {
        Path file = dir.resolve("p.tessera");
        try (ProjectStore s = ProjectStores.create(file, "p", "alice")) {
            long doc = s.apply(new AddDocument("d", "城市外交", "zh", "txt")).inserted(Table.DOCUMENT);
            long code = s.apply(new CreateCode(null, "Local")).inserted(Table.CODE);
            long coding = s.apply(new AddCoding(doc, code, 0, 2)).inserted(Table.CODING);
            long year = s.apply(new DefineAttribute("year", AttributeType.NUMBER)).inserted(Table.ATTRIBUTE);
            s.apply(new SetAttribute(doc, year, "2016"));
            s.apply(new SetAttribute(doc, year, "2017"));
            s.apply(new RecordReview(coding, "Accept", "", "lead"));
            long set = s.apply(new CreateSet("Chinese", "")).inserted(Table.SET);
            s.apply(new ChangeSetMembers(set, true, List.of(doc), List.of(code)));
            for (String table : List.of("attribute_value", "coding_review", "set_member")) {
                List<String> g = guids(file, table);
                assertTrue(!g.isEmpty() && g.stream().allMatch(x -> x != null && x.length() == 36), table + " " + g);
            }
            String value = guids(file, "attribute_value").get(0);
            s.undo(); // the set members
            s.undo(); // the set
            s.undo(); // the review
            s.undo(); // the value back to 2016: the row keeps its GUID
            assertEquals(List.of(value), guids(file, "attribute_value"));
            for (int i = 0; i < 4; i++) {
                s.redo();
            }
            assertEquals(List.of(value), guids(file, "attribute_value"));
            assertEquals(2, guids(file, "set_member").size());
            assertTrue(guids(file, "set_member").stream().allMatch(x -> x != null && x.length() == 36));
        }
    }

    @Test
    void anUpgradeGivesExistingRowsEachAGuid() throws Exception {
        Path file = dir.resolve("old.tessera");
        List<Schema.Migration> older = Schema.MIGRATIONS.subList(0, 4);
        try (JdbcProjectStore s = SqliteProjects.create(file, "old", "alice", older)) {
            long doc = s.apply(new AddDocument("d", "text", "en", "txt")).inserted(Table.DOCUMENT);
            long year = s.apply(new DefineAttribute("year", AttributeType.NUMBER)).inserted(Table.ATTRIBUTE);
            long city = s.apply(new DefineAttribute("city", AttributeType.TEXT)).inserted(Table.ATTRIBUTE);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
                // rows as a schema-4 Tessera wrote them, without GUIDs
                st.execute("INSERT INTO attribute_value (id, document_id, attribute_id, value) VALUES (1, " + doc
                        + ", " + year + ", '2016'), (2, " + doc + ", " + city + ", 'Busan')");
            }
        }
        try (ProjectStore upgraded = ProjectStores.open(file, "alice")) {
            List<String> g = guids(file, "attribute_value");
            assertEquals(2, g.size());
            Set<String> distinct = new HashSet<>(g);
            assertEquals(2, distinct.size(), "each its own");
            g.forEach(x -> assertNotNull(x));
            assertEquals("ok", upgraded.integrityCheck());
        }
    }
}
