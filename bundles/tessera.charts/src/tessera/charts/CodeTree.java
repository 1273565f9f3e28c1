package tessera.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tessera.analysis.query.QueryData;
import tessera.analysis.query.Segments;
import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.model.Colour;

/**
 * A code of the hierarchy chart: its own codings, the total with its subcodes', and its subcodes. A treemap
 * gives each code the area of its total.
 */
public record CodeTree(long codeId, String name, Colour colour, long own, long total, List<CodeTree> children) {

    /** The codebook (below the chosen codes, or whole) with the codings in the chosen documents. */
    public static List<CodeTree> of(QueryData data, Set<Long> codeIds, Set<Long> documentIds) {
        Codebook book = data.codebook();
        List<Code> tops = codeIds == null || codeIds.isEmpty() ? book.roots()
                : book.inOrder().stream().filter(c -> codeIds.contains(c.id())).toList();
        List<CodeTree> out = new ArrayList<>();
        for (Code c : tops) {
            out.add(of(data, book, c, documentIds));
        }
        return out;
    }

    private static CodeTree of(QueryData data, Codebook book, Code c, Set<Long> documentIds) {
        List<CodeTree> kids = new ArrayList<>();
        long total = 0;
        for (Code k : book.children(c.id())) {
            CodeTree t = of(data, book, k, documentIds);
            kids.add(t);
            total += t.total();
        }
        long own = segments(data, c.id(), documentIds).size();
        return new CodeTree(c.id(), c.name(), Colour.of(c.colour()), own, own + total, kids);
    }

    static Segments segments(QueryData data, long codeId, Set<Long> documentIds) {
        return data.codings(Set.of(codeId), null, documentIds);
    }
}
