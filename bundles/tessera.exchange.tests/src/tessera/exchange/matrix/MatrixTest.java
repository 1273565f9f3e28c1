package tessera.exchange.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.model.AttributeType;
import tessera.core.ops.AddCoding;
import tessera.core.ops.AddDocument;
import tessera.core.ops.CreateCode;
import tessera.core.ops.DefineAttribute;
import tessera.core.ops.SetAttribute;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.Table;
import tessera.exchange.scope.ExportFilter;
import tessera.exchange.scope.ExportScope;

/** Matrices computed from a small project whose every number can be counted by hand. */
class MatrixTest {

    @TempDir
    Path dir;
    ProjectStore s;
    long a;
    long b;
    long drivers;
    long local;
    long global;
    long roles;

    @BeforeEach
    void project() {
        s = ProjectStores.create(dir.resolve("m.tessera"), "m", "alice");
        a = s.apply(new AddDocument("A", "0123456789\nabcdefghij\n", "en", "txt")).inserted(Table.DOCUMENT);
        b = s.apply(new AddDocument("B", "城市外交城市外交城市外交", "zh", "txt")).inserted(Table.DOCUMENT);
        drivers = s.apply(new CreateCode(null, "Drivers")).inserted(Table.CODE);
        local = s.apply(new CreateCode(drivers, "Local")).inserted(Table.CODE);
        global = s.apply(new CreateCode(drivers, "Global")).inserted(Table.CODE);
        roles = s.apply(new CreateCode(null, "Roles")).inserted(Table.CODE);
        s.apply(new AddCoding(a, local, 0, 5));      // A: Local [0,5)
        s.apply(new AddCoding(a, local, 3, 8));      // A: Local [3,8) overlaps the first: 8 characters in all
        s.apply(new AddCoding(a, global, 12, 15));   // A: Global, second paragraph
        s.apply(new AddCoding(a, roles, 4, 6));      // A: Roles overlaps both Local codings
        s.apply(new AddCoding(b, global, 0, 4));     // B: Global
        s.apply(new AddCoding(b, roles, 8, 12, "bob"));
        long country = s.apply(new DefineAttribute("country", AttributeType.TEXT)).inserted(Table.ATTRIBUTE);
        s.apply(new SetAttribute(a, country, "Japan"));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private int row(Matrix m, long code) {
        for (int i = 0; i < m.rows().size(); i++) {
            if (m.rows().get(i).codeId() == code) {
                return i;
            }
        }
        throw new AssertionError("no row for " + code);
    }

    @Test
    void countsCharactersAndPresence() {
        ExportScope scope = ExportScope.of(s, ExportFilter.ALL);
        Matrix count = CodeDocumentMatrix.of(scope, MatrixValue.COUNT, false);
        assertEquals(List.of("A", "B"), count.columns());
        assertEquals(2, count.cell(row(count, local), 0));
        assertEquals(1, count.cell(row(count, global), 1));
        assertEquals(0, count.cell(row(count, drivers), 0), "a parent without aggregation shows its own codings");
        assertEquals(4, count.columnTotal(0));
        assertEquals(2, count.rowTotal(row(count, global)));

        Matrix chars = CodeDocumentMatrix.of(scope, MatrixValue.CHARACTERS, false);
        assertEquals(8, chars.cell(row(chars, local), 0), "overlapping codings count once");
        Matrix presence = CodeDocumentMatrix.of(scope, MatrixValue.PRESENCE, false);
        assertEquals(1, presence.cell(row(presence, local), 0));
        assertEquals(2, presence.rowTotal(row(presence, global)));
    }

    @Test
    void parentsAggregateTheirSubcodesWithoutCountingTwice() {
        Matrix m = CodeDocumentMatrix.of(ExportScope.of(s, ExportFilter.ALL), MatrixValue.COUNT, true);
        int d = row(m, drivers);
        assertEquals(3, m.cell(d, 0));
        assertFalse(m.rows().get(d).inTotal());
        assertEquals(4, m.columnTotal(0), "the total counts each coding once");
        Matrix chars = CodeDocumentMatrix.of(ExportScope.of(s, ExportFilter.ALL), MatrixValue.CHARACTERS, true);
        assertEquals(11, chars.cell(row(chars, drivers), 0), "union of [0,8) and [12,15)");
    }

    @Test
    void crosstabGroupsDocumentsByAttributeValue() {
        Matrix m = CodeAttributeCrosstab.of(ExportScope.of(s, ExportFilter.ALL), "country", MatrixValue.PRESENCE, false);
        assertEquals(List.of("Japan", CodeAttributeCrosstab.NO_VALUE), m.columns());
        assertEquals(1, m.cell(row(m, global), 0));
        assertEquals(1, m.cell(row(m, global), 1));
        assertEquals(0, m.cell(row(m, local), 1));
    }

    @Test
    void cooccurrenceByOverlapParagraphAndDistance() {
        ExportScope scope = ExportScope.of(s, ExportFilter.ALL);
        Matrix overlap = Cooccurrence.of(scope, Cooccurrence.Mode.OVERLAP, 0);
        assertEquals(2, overlap.cell(row(overlap, local), row(overlap, roles)), "Roles overlaps both Local codings");
        assertEquals(0, overlap.cell(row(overlap, local), row(overlap, global)));
        assertEquals(2, overlap.cell(row(overlap, local), row(overlap, local)), "the diagonal counts codings");
        Matrix paragraph = Cooccurrence.of(scope, Cooccurrence.Mode.PARAGRAPH, 0);
        assertEquals(0, paragraph.cell(row(paragraph, local), row(paragraph, global)), "different paragraphs");
        Matrix near = Cooccurrence.of(scope, Cooccurrence.Mode.NEAR, 4);
        assertEquals(1, near.cell(row(near, local), row(near, global)), "[3,8) and [12,15) are 4 apart");
        assertEquals(1, near.cell(row(near, global), row(near, roles)), "in B, 4 apart");
    }

    @Test
    void filtersByCodeDocumentAttributeAndCoder() {
        ExportScope onlyDrivers = ExportScope.of(s, new ExportFilter(Set.of(drivers), true, null, Map.of(), null));
        assertEquals(3, onlyDrivers.codes().size());
        assertEquals(4, onlyDrivers.codings().size());
        ExportScope japan = ExportScope.of(s, new ExportFilter(null, true, null, Map.of("country", Set.of("Japan")), null));
        assertEquals(List.of("A"), japan.documents().stream().map(d -> d.name()).toList());
        long bob = s.coderByName("bob").orElseThrow().id();
        ExportScope bobs = ExportScope.of(s, new ExportFilter(null, true, Set.of(b), Map.of(), Set.of(bob)));
        assertEquals(1, bobs.codings().size());
        ExportScope parentOnly = ExportScope.of(s, new ExportFilter(Set.of(drivers), false, null, Map.of(), null));
        assertEquals(0, parentOnly.codings().size());
    }
}
