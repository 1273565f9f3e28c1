package tessera.analysis.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;

import tessera.analysis.internal.AnalysisMessages;
import tessera.core.model.Code;
import tessera.core.model.Coder;
import tessera.core.model.Document;
import tessera.core.model.ItemSet;

/** The rows or columns a matrix coding query can have: codes, an attribute's values, documents, sets or coders. */
public enum MatrixAxis {
    CODES, ATTRIBUTE, DOCUMENTS, SETS, CODERS;

    public static MatrixAxis parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(NLS.bind(AnalysisMessages.matrixUnknownAxis, name));
        }
    }

    /**
     * The items of this axis. {@code choice}: for codes, the code paths (each with its subcodes; empty: every code
     * in codebook order); for an attribute, its name; for documents, sets and coders, their names (empty: all).
     */
    public List<AxisItem> items(QueryData data, List<String> choice) {
        return switch (this) {
            case CODES -> codes(data, choice);
            case ATTRIBUTE -> attribute(data, choice);
            case DOCUMENTS -> named(data.documents, Document::name, choice, AnalysisMessages.queryNoDocument,
                    d -> new AxisItem(d.name(), null, Set.of(d.id()), null, -1, 0));
            case SETS -> named(data.project.sets(), ItemSet::name, choice, AnalysisMessages.queryNoSet,
                    s -> new AxisItem(s.name(), null, new HashSet<>(s.documentIds()), null, -1, 0));
            case CODERS -> named(data.project.coders(), Coder::name, choice, AnalysisMessages.queryNoCoder,
                    c -> new AxisItem(c.name(), null, null, Set.of(c.id()), -1, 0));
        };
    }

    private static List<AxisItem> codes(QueryData data, List<String> paths) {
        List<Code> codes = new ArrayList<>();
        if (paths.isEmpty()) {
            codes.addAll(data.codebook.inOrder());
        }
        for (String p : paths) {
            codes.add(data.codebook.byPath(p).orElseThrow(() -> new IllegalArgumentException(
                    NLS.bind(AnalysisMessages.queryNoCode, p))));
        }
        // indented as in the codebook, from the shallowest code shown
        int top = codes.stream().mapToInt(c -> data.codebook.depth(c.id())).min().orElse(0);
        return codes.stream().map(c -> new AxisItem(c.name(), data.codebook.subtree(c.id()), null, null, c.id(),
                data.codebook.depth(c.id()) - top)).toList();
    }

    private static List<AxisItem> attribute(QueryData data, List<String> choice) {
        if (choice.size() != 1) {
            throw new IllegalArgumentException(AnalysisMessages.matrixAttributeNeedsName);
        }
        String name = choice.get(0);
        if (data.project.attributeByName(name).isEmpty()) {
            throw new IllegalArgumentException(NLS.bind(AnalysisMessages.queryNoAttribute, name));
        }
        Map<String, Set<Long>> byValue = new TreeMap<>();
        data.attributes().forEach((doc, values) -> {
            String v = values.get(name);
            if (v != null && !v.isBlank()) {
                byValue.computeIfAbsent(v, k -> new HashSet<>()).add(doc);
            }
        });
        return byValue.entrySet().stream().map(e -> new AxisItem(name + " = " + e.getKey(), null, e.getValue(),
                null, -1, 0)).toList();
    }

    private static <T> List<AxisItem> named(List<T> all, java.util.function.Function<T, String> name,
            List<String> choice, String missing, java.util.function.Function<T, AxisItem> item) {
        if (choice.isEmpty()) {
            return all.stream().map(item).toList();
        }
        Map<String, T> byName = new HashMap<>();
        all.forEach(t -> byName.putIfAbsent(name.apply(t), t));
        List<AxisItem> out = new ArrayList<>();
        for (String n : choice) {
            T t = byName.get(n);
            if (t == null) {
                throw new IllegalArgumentException(NLS.bind(missing, n));
            }
            out.add(item.apply(t));
        }
        return out;
    }
}
