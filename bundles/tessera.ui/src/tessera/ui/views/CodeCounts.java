package tessera.ui.views;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tessera.core.model.Code;
import tessera.core.model.Codebook;

/**
 * A code's own count and, for a code with subcodes, the count with theirs: "0 (12)" for a category whose
 * subcodes hold twelve codings, as NVivo and MAXQDA show aggregates. Documents are counted once across a subtree.
 */
final class CodeCounts {

    private final Map<Long, Integer> own;
    private final Map<Long, Integer> total = new HashMap<>();

    private CodeCounts(Map<Long, Integer> own) {
        this.own = own;
    }

    static final CodeCounts NONE = new CodeCounts(Map.of());

    /** Codings per code, summed over each subtree. */
    static CodeCounts codings(Codebook book, Map<Long, Integer> perCode) {
        CodeCounts c = new CodeCounts(perCode);
        for (Code code : book.inOrder()) {
            c.total.put(code.id(), book.subtree(code.id()).stream().mapToInt(id -> perCode.getOrDefault(id, 0)).sum());
        }
        return c;
    }

    /** Documents per code, a document counted once in a subtree however many of its codes code it. */
    static CodeCounts documents(Codebook book, Map<Long, Set<Long>> perCode) {
        Map<Long, Integer> own = new HashMap<>();
        perCode.forEach((k, v) -> own.put(k, v.size()));
        CodeCounts c = new CodeCounts(own);
        for (Code code : book.inOrder()) {
            Set<Long> all = new HashSet<>();
            book.subtree(code.id()).forEach(id -> all.addAll(perCode.getOrDefault(id, Set.of())));
            c.total.put(code.id(), all.size());
        }
        return c;
    }

    /** "5" for a code without subcodes, "0 (12)" for one with them. */
    String text(Codebook book, Code code) {
        int mine = own.getOrDefault(code.id(), 0);
        return book.children(code.id()).isEmpty() ? Integer.toString(mine)
                : mine + " (" + total.getOrDefault(code.id(), mine) + ")";
    }
}
