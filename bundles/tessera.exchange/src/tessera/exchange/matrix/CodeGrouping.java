package tessera.exchange.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tessera.core.model.Code;
import tessera.core.model.Coding;
import tessera.exchange.scope.ExportScope;

/**
 * The rows shared by code matrices: one per code in scope, and for each the codings it stands for, its own or,
 * when parents aggregate, those of its whole subtree in scope.
 */
final class CodeGrouping {

    final List<Matrix.Row> rows = new ArrayList<>();
    final List<List<Coding>> codings = new ArrayList<>();

    CodeGrouping(ExportScope scope, boolean aggregateParents) {
        Map<Long, List<Coding>> own = new HashMap<>();
        scope.codings().forEach(c -> own.computeIfAbsent(c.codeId(), k -> new ArrayList<>()).add(c));
        Set<Long> inScope = new java.util.HashSet<>();
        scope.codes().forEach(c -> inScope.add(c.id()));
        for (Code code : scope.codes()) {
            Set<Long> subtree = scope.codebook().subtree(code.id());
            subtree.retainAll(inScope);
            boolean aggregates = aggregateParents && subtree.size() > 1;
            List<Coding> list = new ArrayList<>();
            if (aggregates) {
                subtree.forEach(id -> list.addAll(own.getOrDefault(id, List.of())));
            } else {
                list.addAll(own.getOrDefault(code.id(), List.of()));
            }
            rows.add(new Matrix.Row(code.id(), code.name(), scope.codebook().path(code.id()),
                    scope.codebook().depth(code.id()), !aggregates));
            codings.add(list);
        }
    }
}
