package tessera.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

import tessera.core.model.Codebook;
import tessera.core.model.Coding;
import tessera.core.text.CodePointIndex;
import tessera.index.analysis.Scripts;
import tessera.index.analysis.WordAnalyzers;
import tessera.index.analysis.WordsExact;

/**
 * Makes the index units of one document: each paragraph (a line of the text, with its own language where scripts
 * mix) and each coded segment (with its code path and every ancestor path, its coder and the document's
 * attributes; its text field, not its words). Paragraphs and segments keep their text, so that hits are verified
 * against it.
 */
final class UnitBuilder {

    /** What a unit needs to know of its document. */
    record Source(long documentId, String name, String language, String text, Map<String, String> attributes) {
    }

    /** A paragraph: [start, end) in code points and its text. */
    record Paragraph(int start, int end, String text) {
    }

    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        int cp = 0;
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            String line = text.substring(from, to);
            int length = line.codePointCount(0, line.length());
            if (!line.isBlank()) {
                out.add(new Paragraph(cp, cp + length, line));
            }
            cp += length + 1;
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return out;
    }

    static List<Document> units(Source source, List<Coding> codings, Codebook book, Map<Long, String> coders) {
        List<Document> out = new ArrayList<>();
        // Paragraphs carry the text once; a document-wide query combines its paragraphs' matches per document, so
        // no text is analysed twice.
        List<Paragraph> paragraphs = paragraphs(source.text());
        for (Paragraph p : paragraphs) {
            Document unit = common(source, Fields.PARAGRAPH_UNIT);
            unit.add(new NumericDocValuesField(Fields.START, p.start()));
            addText(unit, p.text(), Scripts.languageOf(p.text(), source.language()));
            out.add(unit);
        }
        if (!codings.isEmpty()) {
            CodePointIndex index = CodePointIndex.of(source.text());
            for (Coding c : codings) {
                out.add(segment(source, index, c, book, coders));
            }
        }
        return out;
    }

    static Document segment(Source source, CodePointIndex index, Coding c, Codebook book, Map<Long, String> coders) {
        Document unit = common(source, Fields.SEGMENT_UNIT);
        unit.add(new StringField(Fields.UNIT_ID, Fields.segmentUnit(c.id()), Field.Store.NO));
        unit.add(new StringField(Fields.CODING_ID, Long.toString(c.id()), Field.Store.YES));
        unit.add(new NumericDocValuesField(Fields.START, c.start()));
        String text = CodePointIndex.slice(source.text(), index, c.start(), c.end());
        // The text field, not the words of a language's analyser: SmartChinese, Kuromoji or a stemmer analysed each
        // coded passage a second time, and a fresh process loaded their dictionaries just to index an auto-coding.
        // A word: query finds a segment's words in its stored text (SegmentQuery).
        unit.add(new Field(Fields.TEXT, text, STORED_TEXT));
        unit.add(new StoredField(Fields.UNIT_LANG, WordAnalyzers.key(Scripts.languageOf(text, source.language()))));
        for (Long id = c.codeId(); id != null; id = book.get(id).map(x -> x.parentId()).orElse(null)) {
            unit.add(new StringField(Fields.CODE, book.path(id).toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        unit.add(new StringField(Fields.CODER, coders.getOrDefault(c.coderId(), "").toLowerCase(Locale.ROOT),
                Field.Store.NO));
        return unit;
    }

    /**
     * What every unit carries. Only what a search reads back from a unit is stored (its text, language and
     * coding); its document and start are read from doc values, which keeps the stored fields, a third of the
     * index, small.
     */
    private static Document common(Source source, String kind) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, kind, Field.Store.NO));
        d.add(new org.apache.lucene.document.SortedDocValuesField(Fields.KIND_DV, new org.apache.lucene.util.BytesRef(kind)));
        d.add(new StringField(Fields.DOCUMENT_ID, Long.toString(source.documentId()), Field.Store.NO));
        d.add(new NumericDocValuesField(Fields.DOCUMENT_ID, source.documentId()));
        d.add(new StringField(Fields.DOC_NAME, source.name().toLowerCase(Locale.ROOT), Field.Store.NO));
        d.add(new StringField(Fields.LANG, WordAnalyzers.key(source.language()), Field.Store.NO));
        source.attributes().forEach((k, v) -> d.add(new StringField(Fields.ATTR,
                (k + "=" + v).toLowerCase(Locale.ROOT), Field.Store.NO)));
        return d;
    }

    /** Text and words, without norms: units are never ranked by relevance, so nothing reads them. */
    private static final FieldType STORED_TEXT = unnormed(TextField.TYPE_STORED);
    private static final FieldType WORDS = unnormed(TextField.TYPE_NOT_STORED);

    private static FieldType unnormed(FieldType type) {
        FieldType t = new FieldType(type);
        t.setOmitNorms(true);
        t.freeze();
        return t;
    }

    private static void addText(Document unit, String text, String language) {
        unit.add(new Field(Fields.TEXT, text, STORED_TEXT));
        unit.add(new Field(WordAnalyzers.field(language), text, WORDS));
        unit.add(new StoredField(Fields.UNIT_LANG, WordAnalyzers.key(language)));
        if (!WordsExact.of(text)) {
            unit.add(new StringField(Fields.VERIFY_WORDS, Fields.YES, Field.Store.NO));
        }
    }
}
