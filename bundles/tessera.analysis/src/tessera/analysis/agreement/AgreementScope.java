package tessera.analysis.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tessera.core.model.CodingRange;
import tessera.core.model.Document;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectReader;

/**
 * What an agreement is computed on: the documents (in the project's order, one continuum), the codes and the
 * coders, with each coder's characters per code and document read once.
 */
public final class AgreementScope {

    private final List<Document> documents;
    private final List<Long> codes;
    private final List<String> coders;
    private final Map<Long, String> paths = new HashMap<>();
    /** code -> coder -> document -> the coder's characters of that code in the document */
    private final Map<Long, Map<String, Map<Long, Spans>>> spans = new HashMap<>();

    private AgreementScope(List<Document> documents, List<Long> codes, List<String> coders) {
        this.documents = documents;
        this.codes = codes;
        this.coders = coders;
    }

    /**
     * Reads the scope from a project.
     *
     * @param documentIds the documents, or null for all
     * @param codeIds the codes (each on its own, without its subcodes), or null for every codable code
     * @param coderNames the coders, or null for everyone who coded one of the codes in the documents
     */
    public static AgreementScope of(ProjectReader project, Set<Long> documentIds, List<Long> codeIds,
            List<String> coderNames) {
        List<Document> documents = project.documents().stream()
                .filter(d -> documentIds == null || documentIds.contains(d.id())).toList();
        List<Long> codes = codeIds != null ? List.copyOf(codeIds) : project.codebook().inOrder().stream()
                .filter(c -> c.codable()).map(c -> c.id()).toList();
        Map<Long, String> names = project.coderNames();
        Map<Long, Map<String, Map<Long, List<int[]>>>> raw = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<Long> wanted = Set.copyOf(codes);
        Set<Long> docs = new java.util.HashSet<>();
        documents.forEach(d -> docs.add(d.id()));
        for (CodingRange c : project.codingRanges(codeIds == null ? CodingFilter.ALL : CodingFilter.codes(wanted))) {
            if (!docs.contains(c.documentId()) || !wanted.contains(c.codeId())) {
                continue;
            }
            String coder = names.get(c.coderId());
            seen.add(coder);
            raw.computeIfAbsent(c.codeId(), k -> new HashMap<>()).computeIfAbsent(coder, k -> new HashMap<>())
                    .computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(new int[] {c.start(), c.end()});
        }
        List<String> coders = coderNames != null ? List.copyOf(coderNames) : seen.stream().sorted().toList();
        AgreementScope scope = new AgreementScope(documents, codes, coders);
        codes.forEach(c -> scope.paths.put(c, project.codebook().path(c)));
        raw.forEach((code, byCoder) -> byCoder.forEach((coder, byDoc) -> byDoc.forEach((doc, list) -> scope.spans
                .computeIfAbsent(code, k -> new HashMap<>()).computeIfAbsent(coder, k -> new HashMap<>())
                .put(doc, Spans.union(list)))));
        return scope;
    }

    public List<Document> documents() {
        return documents;
    }

    public List<Long> codes() {
        return codes;
    }

    public List<String> coders() {
        return coders;
    }

    /** A chosen code's path in the codebook, for what people read. */
    public String path(long code) {
        return paths.get(code);
    }

    /** The characters a coder coded with a code in a document (none: empty). */
    public Spans spans(long code, String coder, long document) {
        return spans.getOrDefault(code, Map.of()).getOrDefault(coder, Map.of()).getOrDefault(document, Spans.EMPTY);
    }

    /** All characters of the documents: the length of the continuum. */
    public long characters() {
        return documents.stream().mapToLong(Document::length).sum();
    }
}
