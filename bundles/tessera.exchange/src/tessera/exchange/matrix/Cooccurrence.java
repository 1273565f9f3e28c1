package tessera.exchange.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tessera.core.model.Code;
import tessera.core.model.Coding;
import tessera.core.text.Paragraphs;
import tessera.exchange.scope.ExportScope;

/**
 * Code co-occurrence: for two codes, the number of pairs of their codings in the same document that overlap,
 * lie in a common paragraph, or lie within N characters of each other. The diagonal holds each code's codings.
 */
public final class Cooccurrence {

    public enum Mode { OVERLAP, PARAGRAPH, NEAR }

    private Cooccurrence() {
    }

    public static Matrix of(ExportScope scope, Mode mode, int distance) {
        List<Code> codes = scope.codes();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            index.put(codes.get(i).id(), i);
        }
        long[][] cells = new long[codes.size()][codes.size()];
        Map<Long, List<Coding>> byDoc = new HashMap<>();
        scope.codings().forEach(c -> byDoc.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c));
        for (var e : byDoc.entrySet()) {
            Paragraphs paragraphs = mode == Mode.PARAGRAPH ? Paragraphs.of(scope.project().text(e.getKey())) : null;
            List<Coding> list = e.getValue();
            for (int i = 0; i < list.size(); i++) {
                Coding a = list.get(i);
                int ai = index.get(a.codeId());
                cells[ai][ai]++;
                for (int j = i + 1; j < list.size(); j++) {
                    Coding b = list.get(j);
                    int bi = index.get(b.codeId());
                    if (ai != bi && together(a, b, mode, distance, paragraphs)) {
                        cells[ai][bi]++;
                        cells[bi][ai]++;
                    }
                }
            }
        }
        List<Matrix.Row> rows = codes.stream().map(c -> new Matrix.Row(c.id(), c.name(), scope.codebook().path(c.id()),
                scope.codebook().depth(c.id()), true)).toList();
        String how = switch (mode) {
            case OVERLAP -> "overlapping";
            case PARAGRAPH -> "in the same paragraph";
            case NEAR -> "within " + distance + " characters";
        };
        return new Matrix("Code co-occurrence (" + how + ")", "pairs of codings",
                rows, rows.stream().map(Matrix.Row::path).toList(), cells);
    }

    static boolean together(Coding a, Coding b, Mode mode, int distance, Paragraphs paragraphs) {
        return switch (mode) {
            case OVERLAP -> a.start() < b.end() && b.start() < a.end();
            case NEAR -> Math.max(a.start(), b.start()) - Math.min(a.end(), b.end()) <= distance;
            case PARAGRAPH -> paragraphs.first(a.start(), a.end()) <= paragraphs.last(b.start(), b.end())
                    && paragraphs.first(b.start(), b.end()) <= paragraphs.last(a.start(), a.end());
        };
    }
}
