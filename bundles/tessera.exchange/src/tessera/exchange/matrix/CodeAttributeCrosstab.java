package tessera.exchange.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import tessera.core.model.Coding;
import tessera.core.model.Document;
import tessera.exchange.scope.ExportScope;

/**
 * Codes by the values of one document attribute (e.g. codes by country): documents are grouped by their value,
 * those without one under "(no value)". Presence counts the documents of a group that the code codes.
 */
public final class CodeAttributeCrosstab {

    public static final String NO_VALUE = "(no value)";

    private CodeAttributeCrosstab() {
    }

    public static Matrix of(ExportScope scope, String attribute, MatrixValue value, boolean aggregateParents) {
        if (!scope.attributeNames().contains(attribute)) {
            throw new IllegalArgumentException("no attribute named '" + attribute + "'");
        }
        TreeSet<String> values = new TreeSet<>();
        Map<Long, String> group = new HashMap<>();
        for (Document d : scope.documents()) {
            String v = scope.attributes(d.id()).getOrDefault(attribute, NO_VALUE);
            group.put(d.id(), v);
            values.add(v);
        }
        List<String> columns = new ArrayList<>(values);
        if (columns.remove(NO_VALUE)) {
            columns.add(NO_VALUE);
        }
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            column.put(columns.get(i), i);
        }
        CodeGrouping grouping = new CodeGrouping(scope, aggregateParents);
        long[][] cells = new long[grouping.rows.size()][columns.size()];
        for (int r = 0; r < grouping.rows.size(); r++) {
            Map<Long, List<Coding>> byDoc = new HashMap<>();
            grouping.codings.get(r).forEach(c -> byDoc.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c));
            for (var e : byDoc.entrySet()) {
                cells[r][column.get(group.get(e.getKey()))] += value.of(e.getValue());
            }
        }
        return new Matrix("Codes by " + attribute, value.label(), grouping.rows, columns, cells);
    }
}
