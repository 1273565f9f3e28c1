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
