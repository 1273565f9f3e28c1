package tessera.exchange.refi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.w3c.dom.Element;

import tessera.core.model.AttributeType;
import tessera.core.ops.ImportProject;
import tessera.core.store.Tx;
import tessera.exchange.internal.ExchangeMessages;

/**
 * REFI-QDA cases as Tessera has them: a case's variable values become attribute values of each source it refers
 * to, and its name the value of a "Case" attribute (names joined when a source is in several cases). Cases that
 * refer to no source, and their references to codes or selections, are reported, not imported.
 */
final class RefiCases {

    private final Map<String, Map<String, String>> valuesBySource = new LinkedHashMap<>();
    private final Map<String, List<String>> casesBySource = new LinkedHashMap<>();
    private final ImportProject.Variable caseVariable;

    RefiCases(Element cases, Map<String, ImportProject.Variable> variables, Set<String> attributeNames,
            List<String> skipped) {
        List<Element> all = RefiXml.children(cases, "Case");
        caseVariable = all.isEmpty() ? null
                : new ImportProject.Variable(Tx.newGuid(), RefiCodes.unique("Case", attributeNames, skipped),
                        AttributeType.TEXT);
        for (Element c : all) {
            String name = c.getAttribute("name").isBlank() ? RefiXml.guidAttr(c, "guid") : c.getAttribute("name").strip();
            List<Element> sources = RefiXml.children(c, "SourceRef");
            if (sources.isEmpty()) {
                skipped.add(NLS.bind(ExchangeMessages.caseNoSource, name));
                continue;
            }
            int partial = RefiXml.children(c, "SelectionRef").size() + RefiXml.children(c, "CodeRef").size();
            if (partial > 0) {
                skipped.add(NLS.bind(ExchangeMessages.casePartial, name, partial));
            }
            Map<String, String> values = values(c, "case '" + name + "'", variables, skipped);
            for (Element ref : sources) {
                String source = RefiXml.guidAttr(ref, "targetGUID");
                values.forEach((k, v) -> valuesBySource.computeIfAbsent(source, s -> new LinkedHashMap<>())
                        .putIfAbsent(k, v));
                casesBySource.computeIfAbsent(source, s -> new ArrayList<>()).add(name);
            }
        }
    }

    /** Variable GUID to canonical value for each VariableValue of a case or source; misfits go to the report. */
    static Map<String, String> values(Element owner, String name, Map<String, ImportProject.Variable> variables,
            List<String> skipped) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element vv : RefiXml.children(owner, "VariableValue")) {
            ImportProject.Variable v = variables.get(RefiXml.guidAttr(RefiXml.child(vv, "VariableRef"), "targetGUID"));
            Element value = RefiXml.elementAfter(vv, "VariableRef");
            if (v == null || value == null) {
                continue;
            }
            try {
                values.put(v.guid(), v.type().canonical(value.getTextContent()));
            } catch (IllegalArgumentException x) {
                skipped.add(NLS.bind(ExchangeMessages.badValue, new Object[] {name, v.name(), x.getMessage()}));
            }
        }
        return values;
    }

    /** The attribute that names each source's cases, when the file has cases. */
    Optional<ImportProject.Variable> caseVariable() {
        return Optional.ofNullable(caseVariable);
    }

    /** Variable GUID to value for a source: its cases' values and the Case attribute. */
    Map<String, String> valuesOf(String sourceGuid) {
        Map<String, String> out = new LinkedHashMap<>(valuesBySource.getOrDefault(sourceGuid, Map.of()));
        List<String> names = casesBySource.get(sourceGuid);
        if (names != null) {
            out.put(caseVariable.guid(), String.join("; ", names));
        }
        return out;
    }
}
