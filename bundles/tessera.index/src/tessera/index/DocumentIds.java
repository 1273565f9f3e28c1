package tessera.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Collects the documents that matching units belong to, from doc values: no stored field is read. */
final class DocumentIds extends SimpleCollector {

    private final Set<Long> ids = new HashSet<>();
    private NumericDocValues values;

    static CollectorManager<DocumentIds, Set<Long>> manager() {
        return new CollectorManager<>() {
            @Override
            public DocumentIds newCollector() {
                return new DocumentIds();
            }

            @Override
            public Set<Long> reduce(Collection<DocumentIds> collectors) {
                Set<Long> all = new HashSet<>();
                collectors.forEach(c -> all.addAll(c.ids));
                return all;
            }
        };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        values = DocValues.getNumeric(context.reader(), Fields.DOCUMENT_ID);
    }

    @Override
    public void collect(int doc) throws IOException {
        if (values.advanceExact(doc)) {
            ids.add(values.longValue());
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
