package tessera.analysis.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed (Krippendorff, Content
 * Analysis, 4th ed., 2019, ch. 12; "Computing Krippendorff's Alpha-Reliability", 2011). Each unit with m >= 2
 * values adds every ordered pair of its values to the coincidence matrix with weight 1/(m - 1); then
 * alpha = 1 - (n - 1) * sum of off-diagonal coincidences / sum over c != k of n_c n_k.
 */
public final class NominalAlpha {

    private NominalAlpha() {
    }

    /**
     * Alpha over units, each the list of the coders' values (null where a coder gave none); null (undefined) when
     * fewer than two pairable values exist or every pairable value is the same.
     */
    public static Double of(List<List<String>> units) {
        Map<String, Double> marginal = new HashMap<>();
        double disagreeing = 0;
        double n = 0;
        for (List<String> unit : units) {
            List<String> values = unit.stream().filter(Objects::nonNull).toList();
            int m = values.size();
            if (m < 2) {
                continue; // a value nobody else judged cannot be compared
            }
            for (int i = 0; i < m; i++) {
                marginal.merge(values.get(i), 1.0, Double::sum);
                for (int j = 0; j < m; j++) {
                    if (i != j && !values.get(i).equals(values.get(j))) {
                        disagreeing += 1.0 / (m - 1);
                    }
                }
            }
            n += m;
        }
        double expected = 0;
        for (Map.Entry<String, Double> c : marginal.entrySet()) {
            expected += c.getValue() * (n - c.getValue());
        }
        if (n < 2 || expected == 0) {
            return null;
        }
        return 1 - (n - 1) * disagreeing / expected;
    }
}
