package tessera.core.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a merge did: per kind of row how many came in and how many the project already had, and every conflict
 * (where the copies disagree, the project's value is kept).
 */
public final class MergeReport {

    /** The kinds of rows a merge counts, in the order reports list them. */
    public enum Kind { DOCUMENTS, CODES, CODINGS, MEMOS, ATTRIBUTES, VALUES, SETS }

    private final Map<Kind, int[]> counts = new LinkedHashMap<>();
    private final List<String> conflicts = new ArrayList<>();

    public MergeReport() {
        reset();
    }

    /** Forgets what an earlier attempt counted (a transaction that was tried again starts afresh). */
    void reset() {
        for (Kind k : Kind.values()) {
            counts.put(k, new int[2]);
        }
        conflicts.clear();
    }

    void added(Kind kind) {
        counts.get(kind)[0]++;
    }

    void matched(Kind kind) {
        counts.get(kind)[1]++;
    }

    void conflict(String text) {
        conflicts.add(text);
    }

    public int addedOf(Kind kind) {
        return counts.get(kind)[0];
    }

    public int matchedOf(Kind kind) {
        return counts.get(kind)[1];
    }

    public List<String> conflicts() {
        return List.copyOf(conflicts);
    }
}
