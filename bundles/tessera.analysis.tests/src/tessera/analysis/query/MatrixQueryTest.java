package tessera.analysis.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.exchange.matrix.Matrix;
import tessera.exchange.matrix.MatrixValue;

/** Matrix coding queries against counts worked out by hand in the comments. */
class MatrixQueryTest {

    @TempDir
    Path dir;
    QueryProject q;
    long jp;
    long kr;
    long cn;

    @BeforeEach
    void project() {
        q = new QueryProject(dir);
        jp = q.document("Kitakyushu", "𠮷".repeat(40));
        kr = q.document("Busan", "b".repeat(40));
        cn = q.document("Dalian", "c".repeat(40));
        q.attribute(jp, "Country", "Japan");
        q.attribute(kr, "Country", "Korea");
        q.attribute(cn, "Country", "China");
        q.code(jp, q.a, 0, 10, "Li");     // A: jp 2 segments, kr 1, cn 0
        q.code(jp, q.a, 20, 30, "Kim");
        q.code(kr, q.a, 0, 5, "Li");
        q.code(jp, q.b, 5, 8, "Li");      // B: jp [5,8) inside A's [0,10); B/Sub jp [25,35) overlaps A's [20,30)
        q.code(jp, q.sub, 25, 35, "Kim");
        q.code(cn, q.sub, 0, 4, "Li");
        q.code(kr, q.p, 10, 12, "Kim");   // P: only in kr, far from A
    }

    @AfterEach
    void close() {
        q.close();
    }

    @Test
    void codesByAttributeValuesCountSegmentsCharactersAndDocuments() {
        QueryData data = new QueryData(q.store);
        MatrixQuery m = new MatrixQuery(data, MatrixAxis.CODES.items(data, List.of()),
                MatrixAxis.ATTRIBUTE.items(data, List.of("Country")), Operator.AND, null);
        assertEquals(List.of("Country = China", "Country = Japan", "Country = Korea"),
                m.columns().stream().map(AxisItem::label).toList());
        Matrix counts = m.toMatrix("t", MatrixValue.COUNT);
        // rows in codebook order: A, B (with Sub), B/Sub, P
        assertEquals(List.of("A", "B", "Sub", "P"), counts.rows().stream().map(Matrix.Row::label).toList());
        assertArrayEquals(new long[] {0, 2, 1}, counts.cells()[0]);
        assertArrayEquals(new long[] {1, 2, 0}, counts.cells()[1]);
        assertArrayEquals(new long[] {1, 1, 0}, counts.cells()[2]);
        assertArrayEquals(new long[] {0, 0, 1}, counts.cells()[3]);
        // B counts its subcode's segments, so the column totals leave B out: A + Sub + P
        assertEquals(2 + 1 + 0, counts.columnTotal(1));
        Matrix chars = m.toMatrix("t", MatrixValue.CHARACTERS);
        assertArrayEquals(new long[] {0, 20, 5}, chars.cells()[0]);
        assertArrayEquals(new long[] {4, 3 + 10, 0}, chars.cells()[1]);
        assertEquals(1, m.value(0, 1, MatrixValue.PRESENCE));
    }

    @Test
    void codesByCodesIntersectOrUseAnotherOperator() {
        QueryData data = new QueryData(q.store);
        List<AxisItem> a = MatrixAxis.CODES.items(data, List.of("A"));
        List<AxisItem> others = MatrixAxis.CODES.items(data, List.of("B", "P"));
        MatrixQuery and = new MatrixQuery(data, a, others, Operator.AND, null);
        // A AND B: [5,8) and [25,30) in jp
        assertEquals(2, and.value(0, 0, MatrixValue.COUNT));
        assertEquals(3 + 5, and.value(0, 0, MatrixValue.CHARACTERS));
        assertEquals(0, and.value(0, 1, MatrixValue.COUNT));
        assertEquals(QueryProject.r(5, 8, 25, 30), and.cell(0, 0).in(jp));
        MatrixQuery near = new MatrixQuery(data, a, others, Operator.NEAR, new Expr.Distance(5, false));
        // A NEAR/5 P: kr's A [0,5) is 5 from P [10,12)
        assertEquals(1, near.value(0, 1, MatrixValue.COUNT));
    }

    @Test
    void codersAndDocumentsAsAxes() {
        QueryData data = new QueryData(q.store);
        MatrixQuery m = new MatrixQuery(data, MatrixAxis.CODERS.items(data, List.of("Li", "Kim")),
                MatrixAxis.DOCUMENTS.items(data, List.of("Kitakyushu", "Busan", "Dalian")), Operator.AND, null);
        // Li: jp A[0,10) B[5,8) = 2, kr A = 1, cn Sub = 1; Kim: jp A[20,30) Sub[25,35) = 2, kr P = 1
        assertArrayEquals(new long[] {2, 1, 1}, m.toMatrix("t", MatrixValue.COUNT).cells()[0]);
        assertArrayEquals(new long[] {2, 1, 0}, m.toMatrix("t", MatrixValue.COUNT).cells()[1]);
        MatrixQuery byCoder = new MatrixQuery(data, MatrixAxis.CODES.items(data, List.of("A")),
                MatrixAxis.CODERS.items(data, List.of("Li", "Kim")), Operator.AND, null);
        assertEquals(List.of(2L, 1L), List.of(byCoder.value(0, 0, MatrixValue.COUNT),
                byCoder.value(0, 1, MatrixValue.COUNT)));
    }

    @Test
    void unknownAxesAndNamesAreRefused() {
        QueryData data = new QueryData(q.store);
        assertThrows(IllegalArgumentException.class, () -> MatrixAxis.parse("colours"));
        assertThrows(IllegalArgumentException.class, () -> MatrixAxis.CODES.items(data, List.of("Nope")));
        assertThrows(IllegalArgumentException.class, () -> MatrixAxis.ATTRIBUTE.items(data, List.of("Size")));
        assertThrows(IllegalArgumentException.class, () -> MatrixAxis.ATTRIBUTE.items(data, List.of()));
        assertThrows(IllegalArgumentException.class, () -> MatrixAxis.CODERS.items(data, List.of("Nobody")));
    }
}
