package tessera.analysis.agreement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cohen's kappa (1960) for two coders' nominal values on the same units: (p_o - p_e) / (1 - p_e), with p_e from
 * each coder's own distribution of values. Only units both coders gave a value count.
 */
public final class CohenKappa {

    /** The result over the units both coded: how many, percentage agreement and kappa (null when undefined). */
    public record Result(int units, Double agreement, Double kappa) {
    }

    private CohenKappa() {
    }

    public static Result of(List<String> first, List<String> second) {
        Map<String, Integer> a = new HashMap<>();
        Map<String, Integer> b = new HashMap<>();
        int n = 0;
        int same = 0;
        for (int i = 0; i < first.size(); i++) {
            String x = first.get(i);
            String y = second.get(i);
            if (x == null || y == null) {
                continue;
            }
            n++;
            same += x.equals(y) ? 1 : 0;
            a.merge(x, 1, Integer::sum);
            b.merge(y, 1, Integer::sum);
        }
        if (n == 0) {
            return new Result(0, null, null);
        }
        double po = (double) same / n;
        double pe = 0;
        Set<String> values = new HashSet<>(a.keySet());
        values.addAll(b.keySet());
        for (String v : values) {
            pe += (double) a.getOrDefault(v, 0) / n * b.getOrDefault(v, 0) / n;
        }
        return new Result(n, 100 * po, pe == 1 ? null : (po - pe) / (1 - pe)); // p_e = 1: 0/0, undefined
    }
}
