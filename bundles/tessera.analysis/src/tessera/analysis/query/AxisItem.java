package tessera.analysis.query;

import java.util.Set;

/**
 * A row or column of a matrix coding query: codes (each with its subcodes), documents, coders, or any mix; null
 * means "not limited". {@code codeId} and {@code depth} place a code row in the codebook, else -1 and 0.
 */
public record AxisItem(String label, Set<Long> codeIds, Set<Long> documentIds, Set<Long> coderIds, long codeId,
        int depth) {

    public AxisItem {
        codeIds = codeIds == null ? null : Set.copyOf(codeIds);
        documentIds = documentIds == null ? null : Set.copyOf(documentIds);
        coderIds = coderIds == null ? null : Set.copyOf(coderIds);
    }

    /** The narrower of two limits: null is no limit. */
    static Set<Long> both(Set<Long> a, Set<Long> b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        Set<Long> out = new java.util.HashSet<>(a);
        out.retainAll(b);
        return out;
    }
}
