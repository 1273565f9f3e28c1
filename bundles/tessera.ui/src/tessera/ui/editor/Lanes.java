package tessera.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tessera.core.model.Coding;

/**
 * Gives overlapping codings different lanes (stacked underlines, stripes side by side) with as few lanes as the
 * deepest overlap needs: codings are taken by start, longer first, and each goes to the first lane free there.
 */
final class Lanes {

    private Lanes() {
    }

    /**
     * Each coder's codings in lanes of their own, side by side: coders in the given order, one empty lane between
     * one coder's lanes and the next, so the team sees who coded what.
     */
    static Map<Long, Integer> byCoder(List<Coding> codings, List<Long> coderOrder) {
        Map<Long, Integer> lanes = new HashMap<>();
        int offset = 0;
        for (long coder : coderOrder) {
            List<Coding> own = codings.stream().filter(c -> c.coderId() == coder).toList();
            if (own.isEmpty()) {
                continue;
            }
            Map<Long, Integer> inner = assign(own);
            int used = 0;
            for (Map.Entry<Long, Integer> e : inner.entrySet()) {
                lanes.put(e.getKey(), offset + e.getValue());
                used = Math.max(used, e.getValue() + 1);
            }
            offset += used + 1;
        }
        return lanes;
    }

    static Map<Long, Integer> assign(List<Coding> codings) {
        List<Coding> sorted = new ArrayList<>(codings);
        sorted.sort(Comparator.comparingInt(Coding::start).thenComparing(Comparator.comparingInt(Coding::length)
                .reversed()).thenComparingLong(Coding::id));
        List<Integer> laneEnds = new ArrayList<>();
        Map<Long, Integer> lanes = new HashMap<>();
        for (Coding c : sorted) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > c.start()) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(c.end());
            } else {
                laneEnds.set(lane, c.end());
            }
            lanes.put(c.id(), lane);
        }
        return lanes;
    }
}
