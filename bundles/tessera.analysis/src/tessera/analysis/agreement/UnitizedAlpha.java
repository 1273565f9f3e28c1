package tessera.analysis.agreement;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import tessera.analysis.internal.AnalysisMessages;
import tessera.core.model.Document;

/**
 * Krippendorff's alphas for unitized continua (Krippendorff, Mathet, Bouvry &amp; Widlöcher, "On the reliability of
 * unitizing textual continua: Further developments", Quality &amp; Quantity 50, 2016; Content Analysis, 4th ed.,
 * 2019, 12.6). The chosen documents are one continuum; each coder partitions it into units (a coder's codings of one
 * code, overlapping or touching ones joined) and gaps. Nominal metric throughout:
 * <ul>
 * <li>uα, units and their values: 1 - (N - Σ o_cc) / (N - Σ e_cc), N = m × length, with expected coincidences
 * e_ck = N (n_c n_k - [c = k] Σ ℓ²_c) / (N² - Σ ℓ²);</li>
 * <li>|uα, coded against not coded: the same matrices collapsed to gaps and units;</li>
 * <li>cuα, the values where units of two coders intersect: 1 - (n' - Σ o_cc) / (n' - Σ e'_cc) over values c, k &gt; 0,
 * e'_ck = (n'_c n'_k - [c = k] S_c) / (n' - S / n'), S_c from the intersected lengths of units of c.</li>
 * </ul>
 * uα and cuα need each coder's units not to overlap; where they do, both are undefined and a note names the overlap,
 * and |uα is computed on the characters coded with any of the codes. An undefined figure (0/0) is null.
 */
public final class UnitizedAlpha {

    /** The three coefficients (null where undefined) and what the reader should know about them. */
    public record Result(Double u, Double binary, Double cu, List<String> notes) {
    }

    private static final int OVERLAPS_NAMED = 3;

    private UnitizedAlpha() {
    }

    /** uα, |uα and cuα for the scope's coders, codes (the values) and documents. */
    public static Result of(AgreementScope scope) {
        List<String> overlaps = new ArrayList<>();
        List<List<Track>> tracks = tracks(scope, overlaps);
        if (scope.coders().size() < 2) {
            return new Result(null, null, null, List.of());
        }
        if (overlaps.isEmpty()) {
            UnitCoincidences x = UnitCoincidences.of(scope.codes().size(), tracks);
            return new Result(u(x), binary(x), cu(x), List.of());
        }
        List<String> notes = new ArrayList<>(overlaps.subList(0, Math.min(OVERLAPS_NAMED, overlaps.size())));
        if (overlaps.size() > OVERLAPS_NAMED) {
            notes.add(NLS.bind(AnalysisMessages.moreOverlaps, overlaps.size() - OVERLAPS_NAMED));
        }
        notes.add(AnalysisMessages.overlapsUndefine);
        UnitCoincidences coded = UnitCoincidences.of(1, codedTracks(scope));
        return new Result(null, binary(coded), null, List.copyOf(notes));
    }

    /** |uα for one code on its own (ATLAS.ti's α-binary): that code's units against everything else. */
    public static Double binary(AgreementScope scope, long code) {
        if (scope.coders().size() < 2) {
            return null;
        }
        List<List<Track>> tracks = new ArrayList<>();
        for (String coder : scope.coders()) {
            List<Track> perDocument = new ArrayList<>();
            for (Document d : scope.documents()) {
                perDocument.add(Track.of(units(scope.spans(code, coder, d.id()), 1), d.length()));
            }
            tracks.add(perDocument);
        }
        return binary(UnitCoincidences.of(1, tracks));
    }

    static Double u(UnitCoincidences x) {
        double n = x.total;
        double squares = 0;
        double observedSame = 0;
        for (int c = 0; c <= x.values; c++) {
            squares += x.squares[c];
            observedSame += x.observed[c][c];
        }
        double d = n * n - squares;
        if (n == 0 || d <= 0) {
            return null;
        }
        double expectedSame = 0;
        for (int c = 0; c <= x.values; c++) {
            double m = x.margin(c);
            expectedSame += n * (m * m - x.squares[c]) / d;
        }
        return ratio(n - observedSame, n - expectedSame, n);
    }

    static Double binary(UnitCoincidences x) {
        double n = x.total;
        double squares = 0;
        for (int c = 0; c <= x.values; c++) {
            squares += x.squares[c];
        }
        double d = n * n - squares;
        if (n == 0 || d <= 0) {
            return null;
        }
        double gaps = x.margin(0);
        return ratio(gaps - x.observed[0][0], n * gaps * (n - gaps) / d, n);
    }

    static Double cu(UnitCoincidences x) {
        double n = 0;
        double s = 0;
        double observedSame = 0;
        double[] margin = new double[x.values + 1];
        for (int c = 1; c <= x.values; c++) {
            for (int k = 1; k <= x.values; k++) {
                margin[c] += x.observed[c][k];
            }
            n += margin[c];
            s += x.overlapSquares[c];
            observedSame += x.observed[c][c];
        }
        if (n == 0) {
            return null;
        }
        double d = n - s / n;
        if (d <= 0) {
            return null;
        }
        double expectedSame = 0;
        for (int c = 1; c <= x.values; c++) {
            expectedSame += (margin[c] * margin[c] - x.overlapSquares[c]) / d;
        }
        return ratio(n - observedSame, n - expectedSame, n);
    }

    /** 1 - observed / expected disagreement, or null where no disagreement could be expected (0/0). */
    private static Double ratio(double observed, double expected, double scale) {
        if (expected <= 1e-9 * scale) {
            return null;
        }
        return 1 - observed / expected;
    }

    private static List<List<Track>> tracks(AgreementScope scope, List<String> overlaps) {
        List<List<Track>> tracks = new ArrayList<>();
        for (String coder : scope.coders()) {
            List<Track> perDocument = new ArrayList<>();
            for (Document d : scope.documents()) {
                List<Track.Unit> units = new ArrayList<>();
                for (int v = 0; v < scope.codes().size(); v++) {
                    units.addAll(units(scope.spans(scope.codes().get(v), coder, d.id()), v + 1));
                }
                units.sort(java.util.Comparator.comparingInt(Track.Unit::start));
                // a track is made only of units that do not overlap; with overlaps, uα and cuα are not computed
                perDocument.add(noteOverlaps(scope, coder, d, units, overlaps) ? null : Track.of(units, d.length()));
            }
            tracks.add(perDocument);
        }
        return tracks;
    }

    /** Notes every place where two of the coder's units overlap in the document; whether there was one. */
    private static boolean noteOverlaps(AgreementScope scope, String coder, Document d, List<Track.Unit> sorted,
            List<String> overlaps) {
        boolean any = false;
        Track.Unit reach = null;
        for (Track.Unit u : sorted) {
            if (reach != null && u.start() < reach.end()) {
                // only the first few are named; the others are counted (a large project may have thousands)
                overlaps.add(overlaps.size() >= OVERLAPS_NAMED ? null : NLS.bind(AnalysisMessages.unitsOverlap,
                        new Object[] {coder, scope.path(scope.codes().get(reach.value() - 1)),
                            scope.path(scope.codes().get(u.value() - 1)), d.name(), u.start(),
                            Math.min(u.end(), reach.end())}));
                any = true;
            }
            if (reach == null || u.end() > reach.end()) {
                reach = u;
            }
        }
        return any;
    }

    /** Each coder's tracks with one value: the characters they coded with any of the codes. */
    private static List<List<Track>> codedTracks(AgreementScope scope) {
        List<List<Track>> tracks = new ArrayList<>();
        for (String coder : scope.coders()) {
            List<Track> perDocument = new ArrayList<>();
            for (Document d : scope.documents()) {
                Spans any = Spans.EMPTY;
                for (long code : scope.codes()) {
                    any = any.or(scope.spans(code, coder, d.id()));
                }
                perDocument.add(Track.of(units(any, 1), d.length()));
            }
            tracks.add(perDocument);
        }
        return tracks;
    }

    private static List<Track.Unit> units(Spans spans, int value) {
        List<Track.Unit> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            out.add(new Track.Unit(value, spans.start(i), spans.end(i)));
        }
        return out;
    }
}
