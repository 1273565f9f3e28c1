package tessera.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/** Units (global doc ids) put in the order hits are shown in, by document and position, from doc values. */
final class DocumentOrder {

    private DocumentOrder() {
    }

    /** The units (doc ids, ascending) sorted by document and start. */
    static List<Integer> sorted(IndexSearcher searcher, List<Integer> docs) throws IOException {
        return inDocumentOrder(docs, keys(searcher, docs));
    }

    /** The number of documents the units (doc ids, ascending) belong to. */
    static int documentCount(IndexSearcher searcher, List<Integer> docs) throws IOException {
        Set<Long> documents = new HashSet<>();
        for (long key : keys(searcher, docs)) {
            documents.add(key >>> 32);
        }
        return documents.size();
    }

    /** Units sorted by document and position. */
    private static List<Integer> inDocumentOrder(List<Integer> docs, long[] keys) {
        if (docs.size() < 2) {
            return docs;
        }
        // sorted in place on primitive arrays: tens of thousands of candidates, no boxing
        int[] ids = docs.stream().mapToInt(Integer::intValue).toArray();
        new org.apache.lucene.util.IntroSorter() {
            private long pivot;

            @Override
            protected void swap(int i, int j) {
                long k = keys[i];
                keys[i] = keys[j];
                keys[j] = k;
                int d = ids[i];
                ids[i] = ids[j];
                ids[j] = d;
            }

            @Override
            protected void setPivot(int i) {
                pivot = keys[i];
            }

            @Override
            protected int comparePivot(int j) {
                return Long.compare(pivot, keys[j]);
            }

            @Override
            protected int compare(int i, int j) {
                return Long.compare(keys[i], keys[j]);
            }
        }.sort(0, ids.length);
        List<Integer> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(id);
        }
        return out;
    }

    /** Each unit's document and start packed in a long, from doc values. */
    static long[] keys(IndexSearcher searcher, List<Integer> docs) throws IOException {
        // docs come sorted by doc id: one pass over the leaves, each leaf's doc values opened once
        long[] keys = new long[docs.size()];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        NumericDocValues document = null;
        NumericDocValues start = null;
        for (int i = 0; i < docs.size(); i++) {
            int doc = docs.get(i);
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leafIndex = ReaderUtil.subIndex(doc, leaves);
                leaf = leaves.get(leafIndex);
                document = DocValues.getNumeric(leaf.reader(), Fields.DOCUMENT_ID);
                start = DocValues.getNumeric(leaf.reader(), Fields.START);
            }
            int local = doc - leaf.docBase;
            long d = document.advanceExact(local) ? document.longValue() : 0;
            long st = start.advanceExact(local) ? start.longValue() : 0;
            keys[i] = d << 32 | st; // documents and positions below 2^31
        }
        return keys;
    }
}
