package tessera.index;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/**
 * Reads units back for one search: the text and the few stored fields, and the document and start from doc values.
 * Stored fields are compressed in blocks of a few hundred units. Read one by one, each unit's block is partly
 * decompressed again; the reader Lucene uses for merging decompresses a block whole and keeps it, which serves many
 * neighbours at once but costs several single reads. So the units a search is about to read are looked at first:
 * those with enough others planned around them go through the merging reader, the rest one by one.
 */
final class StoredUnits {

    /** Planned units within this many doc ids of each other are likely to share a block. */
    private static final int WINDOW = 128;
    /** With this many planned in its window, a whole block is worth decompressing. */
    private static final int CROWD = 8;

    private final List<LeafReaderContext> leaves;
    private final StoredFieldsReader[] sequential;
    private final StoredFields[] single;
    private final java.util.BitSet crowded = new java.util.BitSet();

    /** @param plan the units (global doc ids, ascending) the search will read, mostly */
    StoredUnits(IndexSearcher searcher, List<Integer> plan) {
        this.leaves = searcher.getIndexReader().leaves();
        this.sequential = new StoredFieldsReader[leaves.size()];
        this.single = new StoredFields[leaves.size()];
        int from = 0;
        for (int to = 0; to < plan.size(); to++) {
            while (plan.get(to) - plan.get(from) > WINDOW) {
                from++;
            }
            if (to - from + 1 >= CROWD) {
                for (int k = from; k <= to; k++) {
                    crowded.set(plan.get(k));
                }
            }
        }
    }

    Search.Unit read(int doc) throws IOException {
        int i = ReaderUtil.subIndex(doc, leaves);
        LeafReaderContext leaf = leaves.get(i);
        int local = doc - leaf.docBase;
        DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor();
        boolean crowd = crowded.get(doc);
        if (crowd && sequential[i] == null && leaf.reader() instanceof CodecReader codec) {
            sequential[i] = codec.getFieldsReader().getMergeInstance();
        }
        if (crowd && sequential[i] != null) {
            sequential[i].document(local, visitor);
        } else {
            if (single[i] == null) {
                single[i] = leaf.reader().storedFields();
            }
            single[i].document(local, visitor);
        }
        Document d = visitor.getDocument();
        String coding = d.get(Fields.CODING_ID);
        return new Search.Unit(doc, value(leaf, Fields.DOCUMENT_ID, local), (int) value(leaf, Fields.START, local),
                d.get(Fields.TEXT), d.get(Fields.UNIT_LANG), coding == null ? null : Long.valueOf(coding));
    }

    /** What is done with each unit read: found hits, a count. */
    @FunctionalInterface
    interface UnitFunction<T> {
        T apply(Search.Unit unit) throws IOException;
    }

    /** Units per slice read on one core; a slice shares its readers and its blocks. */
    private static final int SLICE = 64;

    /**
     * Reads the units (ascending doc ids) and applies {@code f} to each, slices of them on every core: reading and
     * decompressing is most of a search's time. The results come in the order of {@code docs}.
     */
    static <T> List<T> map(IndexSearcher searcher, List<Integer> docs, UnitFunction<T> f) throws IOException {
        int slices = (docs.size() + SLICE - 1) / SLICE;
        List<List<T>> parts = new java.util.ArrayList<>(java.util.Collections.nCopies(slices, null));
        try {
            java.util.stream.IntStream.range(0, slices).parallel().forEach(i -> {
                List<Integer> slice = docs.subList(i * SLICE, Math.min(docs.size(), (i + 1) * SLICE));
                StoredUnits stored = new StoredUnits(searcher, slice);
                List<T> out = new java.util.ArrayList<>(slice.size());
                try {
                    for (int doc : slice) {
                        out.add(f.apply(stored.read(doc)));
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                parts.set(i, out);
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        List<T> all = new java.util.ArrayList<>(docs.size());
        parts.forEach(all::addAll);
        return all;
    }

    private static long value(LeafReaderContext leaf, String field, int doc) throws IOException {
        NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
        return values.advanceExact(doc) ? values.longValue() : 0;
    }
}
