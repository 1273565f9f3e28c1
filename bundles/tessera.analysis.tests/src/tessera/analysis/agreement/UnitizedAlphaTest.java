package tessera.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.ops.AddCoding;
import tessera.core.ops.AddDocument;
import tessera.core.ops.CreateCode;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.Table;

/**
 * The unitized alphas (uα, |uα, cuα) on projects. Where every unit is one character long, the coefficients are
 * Krippendorff's ordinary nominal alpha over characters as units, so his published examples carry over exactly; the
 * longer units' figures are worked out by hand below, and agree with a character-by-character computation.
 */
class UnitizedAlphaTest {

    @TempDir
    Path dir;
    ProjectStore store;

    @BeforeEach
    void project() {
        store = ProjectStores.create(dir.resolve("p.tessera"), "p", "lead");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long code(String name) {
        return store.apply(new CreateCode(null, name)).inserted(Table.CODE);
    }

    private long doc(String name, String text) {
        return store.apply(new AddDocument(name, text, "en", "txt")).inserted(Table.DOCUMENT);
    }

    private void coding(long doc, long code, int start, int end, String coder) {
        store.apply(new AddCoding(doc, code, start, end, coder));
    }

    private AgreementScope scope(List<Long> codes) {
        return AgreementScope.of(store, null, codes, List.of("A", "B"));
    }

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", A: binary data, two observers, ten units,
     * alpha = 0.095. Each unit is a one-character document; a 1 is a coding of that character.
     */
    @Test
    void publishedBinaryExampleAsOneCharacterUnits() {
        long x = code("X");
        int[] a = {0, 1, 0, 0, 0, 0, 0, 0, 1, 0};
        int[] b = {1, 1, 1, 0, 0, 1, 0, 0, 0, 0};
        for (int u = 0; u < 10; u++) {
            long d = doc("unit" + u, "𠀀");
            if (a[u] == 1) {
                coding(d, x, 0, 1, "A");
            }
            if (b[u] == 1) {
                coding(d, x, 0, 1, "B");
            }
        }
        UnitizedAlpha.Result r = UnitizedAlpha.of(scope(List.of(x)));
        assertEquals(0.095, r.u(), 0.0005);
        assertEquals(0.095, r.binary(), 0.0005, "one value: coded or not is all there is");
        assertNull(r.cu(), "one value among coded units: nothing to disagree on");
        assertEquals(0.095, UnitizedAlpha.binary(scope(List.of(x)), x), 0.0005);
    }

    /**
     * Krippendorff (2011), B: nominal data, two observers, twelve units, no missing values, alpha = 0.692. Every
     * character is coded by both with one of five codes, so there are no gaps: uα = cuα = 0.692, |uα undefined.
     */
    @Test
    void publishedNominalExampleAsOneCharacterUnits() {
        String a = "aabbdcccedda";
        String b = "babbbccceddd";
        List<Long> codes = new ArrayList<>();
        for (String v : List.of("a", "b", "c", "d", "e")) {
            codes.add(code(v));
        }
        for (int u = 0; u < 12; u++) {
            long d = doc("unit" + u, "x");
            coding(d, codes.get(a.charAt(u) - 'a'), 0, 1, "A");
            coding(d, codes.get(b.charAt(u) - 'a'), 0, 1, "B");
        }
        UnitizedAlpha.Result r = UnitizedAlpha.of(scope(codes));
        assertEquals(0.692, r.u(), 0.0005);
        assertEquals(0.692, r.cu(), 0.0005);
        assertNull(r.binary(), "no gaps: no disagreement on coded or not could be expected");
        assertEquals(List.of(), r.notes());
    }

    /** The example below: 20 code points (the first outside the BMP) that A and B coded apart with P and Q. */
    private long twoCodersApart(long p, long q) {
        long d = doc("d", "𠮷abcdefghijklmnopqrs");
        coding(d, p, 2, 8, "A");
        coding(d, q, 12, 16, "A");
        coding(d, p, 4, 10, "B");
        coding(d, q, 12, 14, "B");
        coding(d, p, 14, 16, "B");
        return d;
    }

    /**
     * Two coders, 20 code points (the first outside the BMP), values P and Q:
     * A codes P [2, 8), Q [12, 16); B codes P [4, 10), Q [12, 14), P [14, 16). N = 40.
     * Observed (both ways): gap-gap 16, gap-P 4, P-P 8, P-Q 2, Q-Q 4. Margins: gap 20, P 14, Q 6.
     * Σℓ²: gaps 20 (each character a unit), P 36 + 36 + 4 = 76, Q 16 + 4 = 20; D = 1600 - 116 = 1484.
     * uα = 1 - (40 - 28) / (40 - 40 (380 + 120 + 16) / 1484) = 1 - 12 / 26.0916 = 0.540.
     * |uα = 1 - (20 - 16) / (40 · 20 · 20 / 1484) = 1 - 4 / 10.7817 = 0.629.
     * cuα: n' = 16, margins P 10, Q 6; the intersected lengths squared: A's P 4², A's Q 4², B's P 4² and 2²,
     * B's Q 2²: S_P = 36, S_Q = 20; d = 16 - 56 / 16 = 12.5; Σ e'_cc = (100 - 36 + 36 - 20) / 12.5 = 6.4;
     * cuα = 1 - (16 - 12) / (16 - 6.4) = 0.583.
     */
    @Test
    void unitsLongerThanACharacterWorkedByHand() {
        long p = code("P");
        long q = code("Q");
        long d = twoCodersApart(p, q);
        UnitizedAlpha.Result r = UnitizedAlpha.of(scope(List.of(p, q)));
        assertEquals(12.0 / 26.0916, 1 - r.u(), 0.0005);
        assertEquals(0.540, r.u(), 0.0005);
        assertEquals(0.629, r.binary(), 0.0005);
        assertEquals(0.583, r.cu(), 0.0005);
    }

    /** The example above with a third coder C: P [3, 8), Q [11, 16); by a character-by-character computation. */
    @Test
    void threeCoders() {
        long p = code("P");
        long q = code("Q");
        long d = twoCodersApart(p, q);
        coding(d, p, 3, 8, "C");
        coding(d, q, 11, 16, "C");
        UnitizedAlpha.Result r = UnitizedAlpha.of(AgreementScope.of(store, null, List.of(p, q), null));
        assertEquals(0.640, r.u(), 0.0005);
        assertEquals(0.683, r.binary(), 0.0005);
        assertEquals(0.718, r.cu(), 0.0005);
    }

    @Test
    void identicalCodingAgreesFullyAndNobodyCodingIsUndefined() {
        long p = code("P");
        long q = code("Q");
        long d = doc("d", "abcdefghij");
        assertNull(UnitizedAlpha.of(scope(List.of(p, q))).u(), "nobody coded: 0/0");
        assertNull(UnitizedAlpha.of(scope(List.of(p, q))).binary());
        for (String coder : List.of("A", "B")) {
            coding(d, p, 1, 4, coder);
            coding(d, q, 6, 9, coder);
        }
        UnitizedAlpha.Result r = UnitizedAlpha.of(scope(List.of(p, q)));
        assertEquals(1.0, r.u(), 1e-12);
        assertEquals(1.0, r.binary(), 1e-12);
        assertEquals(1.0, r.cu(), 1e-12);
    }

    @Test
    void oneCoderAloneDisagreesAndTheirOwnOverlapsAreOneUnit() {
        long p = code("P");
        long d = doc("d", "abcdefghij");
        coding(d, p, 1, 4, "A");
        coding(d, p, 3, 6, "A"); // A's own overlapping codings of P: one unit [1, 6)
        UnitizedAlpha.Result r = UnitizedAlpha.of(scope(List.of(p)));
        // N = 20; observed gap-P 5 both ways; margins gap 15, P 5; Σℓ² = 15 + 25; D = 360.
        // uα = 1 - (20 - 10) / (20 - 20 (225 - 15 + 25 - 25) / 360) = 1 - 10 / (20 - 11.667) = -0.2
        assertEquals(-0.2, r.u(), 1e-9);
        assertEquals(-0.2, r.binary(), 1e-9);
        assertNull(r.cu());
    }

    @Test
    void overlappingCodesOfOneCoderLeaveUAndCuUndefinedWithANote() {
        long p = code("P");
        long q = code("Q");
        long d = doc("d", "abcdefghij");
        coding(d, p, 1, 5, "A");
        coding(d, q, 3, 7, "A");
        coding(d, p, 1, 7, "B");
        UnitizedAlpha.Result r = UnitizedAlpha.of(scope(List.of(p, q)));
        assertNull(r.u());
        assertNull(r.cu());
        assertTrue(r.notes().get(0).contains("A") && r.notes().get(0).contains("[3, 5)"), r.notes().toString());
        assertEquals(1.0, r.binary(), 1e-12, "both coded [1, 7) with something");
    }
}
