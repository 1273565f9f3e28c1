package tessera.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Collects every matching unit's doc id, unscored: hits are counted and verified, never ranked. */
final class UnitCollector extends SimpleCollector {

    private final List<Integer> docs = new ArrayList<>();
    private int base;

    static CollectorManager<UnitCollector, List<Integer>> manager() {
        return new CollectorManager<>() {
            @Override
            public UnitCollector newCollector() {
                return new UnitCollector();
            }

            @Override
            public List<Integer> reduce(Collection<UnitCollector> collectors) {
                List<Integer> all = new ArrayList<>();
                collectors.forEach(c -> all.addAll(c.docs));
                all.sort(null);
                return all;
            }
        };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        base = context.docBase;
    }

    @Override
    public void collect(int doc) {
        docs.add(base + doc);
    }

    @Override
    public void setScorer(Scorable scorer) {
        // not scored
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
