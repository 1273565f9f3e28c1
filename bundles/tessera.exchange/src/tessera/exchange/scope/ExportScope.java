package tessera.exchange.scope;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.model.Coding;
import tessera.core.model.Document;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectReader;

/** A filter applied to a project: the codes (in codebook order), documents and codings an export covers. */
public final class ExportScope {

    private final ProjectReader project;
    private final Codebook book;
    private final List<Code> codes;
    private final List<Document> documents;
    private final List<Coding> codings;
    private final Map<Long, Map<String, String>> attributes;
    private final Map<Long, String> coderNames;

    private ExportScope(ProjectReader project, Codebook book, List<Code> codes, List<Document> documents,
            List<Coding> codings, Map<Long, Map<String, String>> attributes) {
        this.project = project;
        this.book = book;
        this.codes = codes;
        this.documents = documents;
        this.codings = codings;
        this.attributes = attributes;
        this.coderNames = project.coderNames();
    }

    public static ExportScope of(ProjectReader project, ExportFilter filter) {
        Codebook book = project.codebook();
        Set<Long> codeIds = new LinkedHashSet<>();
        if (filter.codeIds() == null) {
            book.inOrder().forEach(c -> codeIds.add(c.id()));
        } else {
            for (long id : filter.codeIds()) {
                if (filter.withSubcodes()) {
                    codeIds.addAll(book.subtree(id));
                } else {
                    codeIds.add(id);
                }
            }
        }
        List<Code> codes = book.inOrder().stream().filter(c -> codeIds.contains(c.id())).toList();
        Map<Long, Map<String, String>> attributes = project.attributeValuesByDocument();
        List<Document> documents = new ArrayList<>();
        for (Document d : project.documents()) {
            if ((filter.documentIds() == null || filter.documentIds().contains(d.id()))
                    && matches(attributes.getOrDefault(d.id(), Map.of()), filter.attributeValues())) {
                documents.add(d);
            }
        }
        Set<Long> docIds = new java.util.HashSet<>();
        documents.forEach(d -> docIds.add(d.id()));
        List<Coding> codings = project.codings(CodingFilter.ALL).stream()
                .filter(c -> codeIds.contains(c.codeId()) && docIds.contains(c.documentId()))
                .filter(c -> filter.coderIds() == null || filter.coderIds().contains(c.coderId())).toList();
        return new ExportScope(project, book, codes, documents, codings, attributes);
    }

    private static boolean matches(Map<String, String> values, Map<String, Set<String>> wanted) {
        for (var e : wanted.entrySet()) {
            String value = values.get(e.getKey());
            if (value == null || !e.getValue().contains(value)) {
                return false;
            }
        }
        return true;
    }

    public ProjectReader project() {
        return project;
    }

    public Codebook codebook() {
        return book;
    }

    /** The codes in scope, in codebook order. */
    public List<Code> codes() {
        return codes;
    }

    public List<Document> documents() {
        return documents;
    }

    /** The codings in scope, by document and position. */
    public List<Coding> codings() {
        return codings;
    }

    public Map<String, String> attributes(long documentId) {
        return attributes.getOrDefault(documentId, Map.of());
    }

    public List<String> attributeNames() {
        return project.attributes().stream().map(a -> a.name()).toList();
    }

    public String coderName(long coderId) {
        return coderNames.getOrDefault(coderId, "");
    }
}
