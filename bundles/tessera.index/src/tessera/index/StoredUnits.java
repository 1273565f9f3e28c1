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
import org.apache.lucene.search.IndexSearcher;

/**
 * Reads units back for one search: the text and the few stored fields, and the document and start from doc values.
 * Units are read in document order, mostly neighbours in the index, so each leaf is read through its stored-fields
 * reader for sequential access, which decompresses a block once for all its units; reading unit by unit through
 * {@code storedFields()} decompressed it again for each, the largest cost of a search in the profile.
 */
final class StoredUnits {

    private final List<LeafReaderContext> leaves;
    private final StoredFieldsReader[] readers;

    StoredUnits(IndexSearcher searcher) {
        this.leaves = searcher.getIndexReader().leaves();
        this.readers = new StoredFieldsReader[leaves.size()];
    }

    Search.Unit read(int doc) throws IOException {
        int i = ReaderUtil.subIndex(doc, leaves);
        LeafReaderContext leaf = leaves.get(i);
        int local = doc - leaf.docBase;
        DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor();
        if (readers[i] == null && leaf.reader() instanceof CodecReader codec) {
            readers[i] = codec.getFieldsReader().getMergeInstance();
        }
        if (readers[i] != null) {
            readers[i].document(local, visitor);
        } else {
            leaf.reader().storedFields().document(local, visitor);
        }
        Document d = visitor.getDocument();
        String coding = d.get(Fields.CODING_ID);
        return new Search.Unit(value(leaf, Fields.DOCUMENT_ID, local), (int) value(leaf, Fields.START, local),
                d.get(Fields.TEXT), d.get(Fields.UNIT_LANG), coding == null ? null : Long.valueOf(coding));
    }

    private static long value(LeafReaderContext leaf, String field, int doc) throws IOException {
        NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
        return values.advanceExact(doc) ? values.longValue() : 0;
    }
}
