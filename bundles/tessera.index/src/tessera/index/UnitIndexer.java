package tessera.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

import tessera.core.model.Codebook;
import tessera.core.model.Coding;
import tessera.core.model.Document;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectReader;
import tessera.core.store.RowChange;
import tessera.core.store.Rows;
import tessera.core.text.CodePointIndex;

/**
 * Writes units for documents, and turns the row changes of one change-log entry into the fewest index updates: a
 * coding added, moved or recoded replaces one segment; a code renamed or moved replaces the segments of its
 * subtree; a document added, renamed or given other attributes is indexed again; a removed one is dropped.
 */
final class UnitIndexer {

    /** What indexing reads once per batch of documents. */
    record Context(Codebook book, Map<Long, String> coders, Map<Long, Map<String, String>> attributes) {
    }

    /** From this many segments on, a change's units are built on every core. */
    private static final int PARALLEL_FROM = 256;

    private final ProjectReader store;
    private final IndexWriter writer;

    UnitIndexer(ProjectReader store, IndexWriter writer) {
        this.store = store;
        this.writer = writer;
    }

    Context context() {
        return new Context(store.codebook(), store.coderNames(), store.attributeValuesByDocument());
    }

    /** The tables whose rows a {@link Context} is read from, or that a document's attributes go with. */
    private static final Set<tessera.core.store.Table> CONTEXT_TABLES = java.util.EnumSet.of(
            tessera.core.store.Table.CODE, tessera.core.store.Table.CODER, tessera.core.store.Table.ATTRIBUTE,
            tessera.core.store.Table.ATTRIBUTE_VALUE, tessera.core.store.Table.DOCUMENT);

    /**
     * The context of the last entry applied, read again only after an entry that changes what it holds: reading
     * every document's attributes for each coding made while coding interactively took the core the views needed.
     */
    private Context lastContext;

    private Context contextFor(List<RowChange> changes) {
        if (lastContext == null || changes.stream().anyMatch(c -> CONTEXT_TABLES.contains(c.table()))) {
            lastContext = context();
        }
        return lastContext;
    }

    /** Adds a document's units; returns the codings it read (their segments are among the units). */
    List<Coding> addDocument(Document d, Context context) throws IOException {
        UnitBuilder.Source source = source(d, context);
        List<Coding> codings = store.codings(CodingFilter.document(d.id()));
        writer.addDocuments(UnitBuilder.units(source, codings, context.book(), context.coders()));
        return codings;
    }

    private UnitBuilder.Source source(Document d, Context context) {
        return new UnitBuilder.Source(d.id(), d.name(), d.language(), store.text(d.id()),
                context.attributes().getOrDefault(d.id(), Map.of()));
    }

    /**
     * Codings indexed from the project as it stood when read, while later entries had already been committed: one
     * of those entries may insert a coding that already has its segment. Only when indexing lags behind coding.
     */
    private final Set<Long> indexedAhead = new HashSet<>();

    /**
     * Applies the row changes of entry {@code seq}. {@code fresh} says the index has never seen this entry (it is not
     * a replay after a failure, which may have applied part of it): then a coding the entry inserted has no unit yet,
     * unless it was read ahead with its document or code ({@link #indexedAhead}), and is added without the delete by
     * term an update costs at every flush.
     */
    void apply(List<RowChange> changes, long seq, boolean fresh) throws IOException {
        Set<Long> documents = new HashSet<>();
        Set<Long> removedDocuments = new HashSet<>();
        Set<Long> inserted = new HashSet<>();
        Set<Long> removedCodings = new HashSet<>();
        Set<Long> codes = new HashSet<>();
        Set<Long> coders = new HashSet<>();
        // each coding to index, as the change left it: from its row image, not read with a query per coding
        Map<Long, Coding> images = new HashMap<>();
        boolean allDocuments = false;
        for (RowChange c : changes) {
            switch (c.table()) {
                case DOCUMENT -> (c.kind() == RowChange.Kind.DELETE ? removedDocuments : documents).add(c.id());
                case ATTRIBUTE_VALUE -> documents.add(((Number) c.value("document_id")).longValue());
                case ATTRIBUTE -> allDocuments = true;
                case CODING -> {
                    if (c.kind() == RowChange.Kind.DELETE) {
                        removedCodings.add(c.id());
                        images.remove(c.id());
                    } else {
                        images.put(c.id(), Rows.coding(c));
                        if (fresh && c.kind() == RowChange.Kind.INSERT) {
                            inserted.add(c.id());
                        }
                    }
                }
                case CODE -> codes.add(c.id());
                case CODER -> coders.add(c.id());
                default -> {
                    // memos and reviews are not searched
                }
            }
        }
        if (allDocuments) {
            store.documents().forEach(d -> documents.add(d.id()));
        }
        Context context = contextFor(changes);
        for (long id : removedDocuments) {
            writer.deleteDocuments(new Term(Fields.DOCUMENT_ID, Long.toString(id)));
        }
        documents.removeAll(removedDocuments);
        List<Coding> read = new java.util.ArrayList<>(); // codings read from the project, not the entry
        for (long id : documents) {
            writer.deleteDocuments(new Term(Fields.DOCUMENT_ID, Long.toString(id)));
            java.util.Optional<Document> d = store.document(id);
            if (d.isPresent()) {
                read.addAll(addDocument(d.get(), context));
            }
        }
        for (long id : removedCodings) {
            writer.deleteDocuments(new Term(Fields.UNIT_ID, Fields.segmentUnit(id)));
        }
        Set<Long> subtree = new HashSet<>();
        for (long code : codes) {
            if (context.book().get(code).isPresent()) {
                subtree.addAll(context.book().subtree(code));
            }
        }
        if (!subtree.isEmpty()) {
            read.addAll(store.codings(CodingFilter.codes(subtree)));
        }
        for (long coder : coders) {
            read.addAll(store.codings(new CodingFilter(null, null, coder)));
        }
        read.forEach(c -> {
            if (!documents.contains(c.documentId())) {
                images.putIfAbsent(c.id(), c);
            }
        });
        if (fresh && !read.isEmpty() && store.lastSeq() > seq) {
            read.forEach(c -> indexedAhead.add(c.id()));
        }
        Set<Long> added = new HashSet<>(); // inserted by this entry and not yet indexed: added, not updated
        for (long id : inserted) {
            if (!removedCodings.contains(id) && !indexedAhead.remove(id)) {
                added.add(id);
            }
        }
        Map<Long, UnitBuilder.Source> sources = new HashMap<>();
        Map<Long, CodePointIndex> indexes = new HashMap<>();
        List<Coding> segments = new java.util.ArrayList<>();
        for (Coding c : images.values()) { // reads on this thread: the store's connection is not shared
            if (documents.contains(c.documentId())) {
                continue; // indexed with its document (a coding removed later in the batch has no image left)
            }
            UnitBuilder.Source source = sources.computeIfAbsent(c.documentId(), doc -> store.document(doc)
                    .map(d -> source(d, context)).orElse(null));
            if (source != null) {
                indexes.computeIfAbsent(c.documentId(), doc -> CodePointIndex.of(source.text()));
                segments.add(c);
            }
        }
        // analysing the segments is most of the work of a large change (an auto-coding, a merge): on every core
        try {
            (segments.size() >= PARALLEL_FROM ? segments.parallelStream() : segments.stream()).forEach(c -> {
                org.apache.lucene.document.Document unit = UnitBuilder.segment(sources.get(c.documentId()),
                        indexes.get(c.documentId()), c, context.book(), context.coders());
                try {
                    if (added.contains(c.id())) {
                        writer.addDocument(unit);
                    } else {
                        writer.updateDocument(new Term(Fields.UNIT_ID, Fields.segmentUnit(c.id())), unit);
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
