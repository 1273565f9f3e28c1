package tessera.analysis.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tessera.core.model.Codebook;
import tessera.core.model.CodingRange;
import tessera.core.model.Document;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectReader;
import tessera.core.text.Paragraphs;

/**
 * What a query reads from a project, read once: where every coding lies (grouped by code), the codebook,
 * documents, and texts and paragraphs as they are needed. A matrix query evaluates many cells on one of these.
 */
public final class QueryData {

    final ProjectReader project;
    final Codebook codebook;
    final List<Document> documents;
    final Map<Long, List<CodingRange>> byCode = new HashMap<>();
    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, Paragraphs> paragraphs = new HashMap<>();
    private Map<Long, Map<String, String>> attributes;

    public QueryData(ProjectReader project) {
        this.project = project;
        this.codebook = project.codebook();
        this.documents = project.documents();
        for (CodingRange r : project.codingRanges(CodingFilter.ALL)) {
            byCode.computeIfAbsent(r.codeId(), k -> new ArrayList<>()).add(r);
        }
    }

    public ProjectReader project() {
        return project;
    }

    public Codebook codebook() {
        return codebook;
    }

    /** Where the codings of these codes lie, by these coders (null: any), in these documents (null: any). */
    public Segments codings(Set<Long> codeIds, Set<Long> coderIds, Set<Long> documentIds) {
        Map<Long, List<Range>> out = new HashMap<>();
        for (long code : codeIds) {
            for (CodingRange r : byCode.getOrDefault(code, List.of())) {
                if ((coderIds == null || coderIds.contains(r.coderId()))
                        && (documentIds == null || documentIds.contains(r.documentId()))) {
                    out.computeIfAbsent(r.documentId(), k -> new ArrayList<>()).add(new Range(r.start(), r.end()));
                }
            }
        }
        return Segments.of(out);
    }

    /** Every coding's place, by code. */
    public List<CodingRange> codingRanges() {
        List<CodingRange> out = new ArrayList<>();
        byCode.values().forEach(out::addAll);
        return out;
    }

    public List<Document> documents() {
        return documents;
    }

    public String text(long documentId) {
        return texts.computeIfAbsent(documentId, project::text);
    }

    Paragraphs paragraphs(long documentId) {
        return paragraphs.computeIfAbsent(documentId, d -> Paragraphs.of(text(d)));
    }

    Map<Long, Map<String, String>> attributes() {
        if (attributes == null) {
            attributes = project.attributeValuesByDocument();
        }
        return attributes;
    }
}
