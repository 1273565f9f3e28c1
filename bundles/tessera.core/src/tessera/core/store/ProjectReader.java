package tessera.core.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import tessera.core.model.Attribute;
import tessera.core.model.AttributeValue;
import tessera.core.model.ChangeLogEntry;
import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.model.Coder;
import tessera.core.model.Coding;
import tessera.core.model.CodingRange;
import tessera.core.model.CodingReview;
import tessera.core.model.Document;
import tessera.core.model.ItemSet;
import tessera.core.model.Memo;
import tessera.core.model.MemoTarget;
import tessera.core.model.OriginalFile;

/** Read access to a project: what the store holds now, or within a transaction, what it holds so far. */
public interface ProjectReader {

    String projectName();

    List<Document> documents();

    Optional<Document> document(long id);

    Optional<Document> documentByName(String name);

    /** The plain text of a document, which codings' code-point positions refer to. */
    String text(long documentId);

    /** The file a document was imported from, when the project keeps it. */
    Optional<OriginalFile> original(long documentId);

    /** The project's sets of documents and codes, by name. */
    List<ItemSet> sets();

    List<Code> codes();

    default Codebook codebook() {
        return new Codebook(codes());
    }

    Optional<Code> code(long id);

    List<Coding> codings(CodingFilter filter);

    Optional<Coding> coding(long id);

    /** Where the codings a filter selects lie, in no particular order. */
    default List<CodingRange> codingRanges(CodingFilter filter) {
        return codings(filter).stream().map(c -> new CodingRange(c.documentId(), c.codeId(), c.coderId(), c.start(),
                c.end())).toList();
    }

    /** A coding by its GUID, the stable id that exports and review sheets carry. */
    Optional<Coding> codingByGuid(String guid);

    /** Review decisions, at most one per coding. */
    List<CodingReview> reviews();

    /** Number of codings per code id, for codes that have any. */
    Map<Long, Integer> codingCounts();

    /** Number of codings per document id, for documents that have any (counted by the database, not read). */
    Map<Long, Integer> codingCountsByDocument();

    /** The documents each code codes, for codes that have codings (pairs read from the database, not codings). */
    Map<Long, java.util.Set<Long>> documentsByCode();

    /** Number of codings per code id and, within it, per document id (counted by the database). */
    Map<Long, Map<Long, Integer>> codingCountsByCodeAndDocument();

    /** How many codings the project holds. */
    int codingCount();

    List<Coder> coders();

    Optional<Coder> coder(long id);

    Optional<Coder> coderByName(String name);

    List<Memo> memos(MemoTarget target);

    Optional<Memo> memo(long id);

    /** Every memo of the project, for exports that need them all at once. */
    List<Memo> allMemos();

    List<Attribute> attributes();

    Optional<Attribute> attributeByName(String name);

    List<AttributeValue> attributeValues();

    /** Attribute values per document id, by attribute name, in attribute order. */
    default Map<Long, Map<String, String>> attributeValuesByDocument() {
        Map<Long, String> names = new java.util.HashMap<>();
        attributes().forEach(a -> names.put(a.id(), a.name()));
        Map<Long, Map<String, String>> out = new java.util.HashMap<>();
        attributeValues().forEach(v -> out.computeIfAbsent(v.documentId(), k -> new java.util.LinkedHashMap<>())
                .put(names.get(v.attributeId()), v.value()));
        return out;
    }

    /** Coder names by id. */
    default Map<Long, String> coderNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        coders().forEach(c -> names.put(c.id(), c.name()));
        return names;
    }

    /** The newest entries of the change log, newest first. */
    List<ChangeLogEntry> changeLog(int limit);

    long lastSeq();
}
