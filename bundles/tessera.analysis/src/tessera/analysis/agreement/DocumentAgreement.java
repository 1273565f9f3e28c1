package tessera.analysis.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import tessera.analysis.internal.AnalysisMessages;
import tessera.core.model.Code;
import tessera.core.model.CodingRange;
import tessera.core.model.Document;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectReader;

/**
 * Documents as units: for a parent code whose direct subcodes are mutually exclusive values (Tone > positive /
 * neutral / negative), each coder's value for a document is the one subcode they applied in it. A coder who applied
 * none gave no value (missing); one who applied two different subcodes in one document broke the exclusivity and
 * gave no value either, which a note says. Krippendorff's nominal alpha over all coders, Cohen's kappa per pair.
 */
public final class DocumentAgreement {

    /** One coder pair's agreement over the documents both gave a value. */
    public record Pair(String first, String second, CohenKappa.Result result) {
    }

    /** The agreement on one parent code's values. */
    public record Group(long parentId, int documents, Double alpha, List<Pair> pairs, List<String> notes) {
    }

    private DocumentAgreement() {
    }

    public static Group of(ProjectReader project, long parentId, List<Document> documents, List<String> coders) {
        List<Code> values = project.codebook().children(parentId);
        Map<Long, String> valueOf = new HashMap<>();
        values.forEach(c -> valueOf.put(c.id(), c.name()));
        Map<Long, String> coderNames = project.coderNames();
        // document -> coder -> value ("" marks two different values)
        Map<Long, Map<String, String>> given = new HashMap<>();
        for (CodingRange c : project.codingRanges(CodingFilter.codes(Set.copyOf(valueOf.keySet())))) {
            String v = valueOf.get(c.codeId());
            given.computeIfAbsent(c.documentId(), k -> new HashMap<>()).merge(coderNames.get(c.coderId()), v,
                    (a, b) -> a.equals(b) ? a : "");
        }
        List<String> notes = new ArrayList<>();
        List<List<String>> units = new ArrayList<>();
        for (Document d : documents) {
            Map<String, String> byCoder = given.getOrDefault(d.id(), Map.of());
            List<String> unit = new ArrayList<>();
            for (String coder : coders) {
                String v = byCoder.get(coder);
                if ("".equals(v)) {
                    notes.add(NLS.bind(AnalysisMessages.twoValues, new Object[] {coder,
                            project.codebook().path(parentId), d.name()}));
                    v = null;
                }
                unit.add(v);
            }
            units.add(unit);
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < coders.size(); i++) {
            for (int j = i + 1; j < coders.size(); j++) {
                int a = i;
                int b = j;
                pairs.add(new Pair(coders.get(i), coders.get(j), CohenKappa.of(units.stream().map(u -> u.get(a)).toList(),
                        units.stream().map(u -> u.get(b)).toList())));
            }
        }
        return new Group(parentId, documents.size(), NominalAlpha.of(units), pairs, notes);
    }
}
