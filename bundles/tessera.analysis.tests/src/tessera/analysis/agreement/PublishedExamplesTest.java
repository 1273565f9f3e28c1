package tessera.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The coefficients against worked examples with published values. */
class PublishedExamplesTest {

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example of 4 observers, 12 units and
     * missing values: nominal alpha 0.743.
     */
    @Test
    void krippendorffsFourObserversTwelveUnits() {
        Integer[][] observers = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
            {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null}};
        List<List<String>> units = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            int unit = u;
            units.add(Arrays.stream(observers).map(o -> o[unit] == null ? null : o[unit].toString()).toList());
        }
        assertEquals(0.743, NominalAlpha.of(units), 0.0005);
    }

    /**
     * The two-reader example of Cohen's kappa in common use (50 proposals; both yes 20, only the first 5, only the
     * second 10, both no 15): p_o = 0.7, p_e = 0.5, kappa = 0.4.
     */
    @Test
    void cohensTwoReadersFiftyProposals() {
        PairCounts counts = new PairCounts(20, 5, 10, 15);
        assertEquals(70.0, counts.agreement(), 1e-9);
        assertEquals(0.4, counts.kappa(), 1e-9);

        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        add(first, second, "yes", "yes", 20);
        add(first, second, "yes", "no", 5);
        add(first, second, "no", "yes", 10);
        add(first, second, "no", "no", 15);
        CohenKappa.Result r = CohenKappa.of(first, second);
        assertEquals(50, r.units());
        assertEquals(0.4, r.kappa(), 1e-9);
        assertEquals(70.0, r.agreement(), 1e-9);
    }

    private static void add(List<String> first, List<String> second, String a, String b, int times) {
        for (int i = 0; i < times; i++) {
            first.add(a);
            second.add(b);
        }
    }

    @Test
    void undefinedFiguresAreNullNeverZero() {
        assertNull(new PairCounts(0, 0, 0, 0).kappa(), "no characters");
        assertNull(new PairCounts(0, 0, 0, 0).agreement());
        assertNull(NominalAlpha.of(List.of(List.of("a", "a"), Arrays.asList("a", null))), "one value only: 0/0");
        assertNull(NominalAlpha.of(List.of(Arrays.asList("a", null))), "nothing pairable");
        assertNull(CohenKappa.of(List.of("x", "x"), List.of("x", "x")).kappa(), "p_e = 1");
        assertEquals(1.0, new PairCounts(0, 0, 0, 100).kappa(), "nobody coded: NVivo's kappa 1 where TU = EF");
        assertEquals(1.0, new PairCounts(40, 0, 0, 60).kappa(), "identical coding");
        assertEquals(1.0, NominalAlpha.of(List.of(List.of("a", "a"), List.of("b", "b"))), 1e-12);
    }
}
