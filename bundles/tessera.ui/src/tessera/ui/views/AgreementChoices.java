package tessera.ui.views;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;

import tessera.core.model.Code;
import tessera.core.model.Document;
import tessera.core.model.ItemSet;
import tessera.core.store.ProjectReader;
import tessera.ui.internal.Messages;

/**
 * What the Agreement view offers to compare on: the codes (all, or one code with its subcodes) and the documents
 * (all, a set, the documents with an attribute value, or one document). A choice is a label and the ids it stands
 * for, null meaning all.
 */
final class AgreementChoices {

    /** One entry of a choice list. */
    record Choice(String label, Set<Long> ids, Long code) {
    }

    private AgreementChoices() {
    }

    /** All codes, then every code with its subcodes, in codebook order and indented by depth. */
    static List<Choice> codes(ProjectReader project) {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice(Messages.Agreement_allCodes, null, null));
        var book = project.codebook();
        for (Code c : book.inOrder()) {
            Set<Long> ids = new HashSet<>();
            for (long id : book.subtree(c.id())) {
                if (book.get(id).map(Code::codable).orElse(false)) {
                    ids.add(id);
                }
            }
            String label = "  ".repeat(book.depth(c.id())) + c.name();
            out.add(new Choice(book.children(c.id()).isEmpty() ? label : NLS.bind(Messages.Agreement_withSubcodes,
                    label), ids, c.id()));
        }
        return out;
    }

    /** All documents, then each set, each attribute value, and each document. */
    static List<Choice> documents(ProjectReader project) {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice(Messages.Agreement_allDocuments, null, null));
        for (ItemSet s : project.sets()) {
            if (!s.documentIds().isEmpty()) {
                out.add(new Choice(NLS.bind(Messages.Agreement_set, s.name()), Set.copyOf(s.documentIds()), null));
            }
        }
        Map<String, Set<Long>> byValue = new TreeMap<>();
        project.attributeValuesByDocument().forEach((doc, values) -> values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                byValue.computeIfAbsent(name + " = " + value, k -> new TreeSet<>()).add(doc);
            }
        }));
        byValue.forEach((label, ids) -> out.add(new Choice(label, ids, null)));
        for (Document d : project.documents()) {
            out.add(new Choice(d.name(), Set.of(d.id()), null));
        }
        return out;
    }
}
