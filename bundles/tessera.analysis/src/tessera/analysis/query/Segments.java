package tessera.analysis.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * What a coding query's operand or result stands for: ranges per document, sorted by start, without duplicates.
 * A code's ranges are its codings' (overlapping ones stay apart, so "A's segments" keeps its meaning); set
 * operations first merge each side into stretches.
 */
public final class Segments {

    public static final Segments NONE = new Segments(new TreeMap<>());

    private final TreeMap<Long, List<Range>> byDocument;

    private Segments(TreeMap<Long, List<Range>> byDocument) {
        this.byDocument = byDocument;
    }

    /** Ranges per document, in any order and with repeats: sorted and made distinct here. */
    public static Segments of(Map<Long, ? extends List<Range>> ranges) {
        TreeMap<Long, List<Range>> out = new TreeMap<>();
        ranges.forEach((doc, list) -> {
            if (!list.isEmpty()) {
                List<Range> sorted = new ArrayList<>(list);
                Collections.sort(sorted);
                List<Range> distinct = new ArrayList<>(sorted.size());
                for (Range r : sorted) {
                    if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(r)) {
                        distinct.add(r);
                    }
                }
                out.put(doc, List.copyOf(distinct));
            }
        });
        return new Segments(out);
    }

    public Set<Long> documents() {
        return Collections.unmodifiableSet(byDocument.keySet());
    }

    public List<Range> in(long documentId) {
        return byDocument.getOrDefault(documentId, List.of());
    }

    public int size() {
        return byDocument.values().stream().mapToInt(List::size).sum();
    }

    /** Characters covered, overlaps counted once. */
    public long characters() {
        long n = 0;
        for (List<Range> list : merged().byDocument.values()) {
            for (Range r : list) {
                n += r.length();
            }
        }
        return n;
    }

    public boolean isEmpty() {
        return byDocument.isEmpty();
    }

    /** Each document's ranges joined where they overlap or touch: the stretches they cover. */
    public Segments merged() {
        return perDocument(byDocument.keySet(), (doc, list) -> Stretches.merge(list));
    }

    /** Keeps only these documents. */
    public Segments within(Set<Long> documents) {
        TreeMap<Long, List<Range>> out = new TreeMap<>(byDocument);
        out.keySet().retainAll(documents);
        return new Segments(out);
    }

    /** A new set made document by document from this set's ranges (and whatever the function reads). */
    Segments perDocument(Set<Long> documents, BiFunction<Long, List<Range>, List<Range>> f) {
        TreeMap<Long, List<Range>> out = new TreeMap<>();
        for (long doc : documents) {
            List<Range> r = f.apply(doc, in(doc));
            if (!r.isEmpty()) {
                out.put(doc, List.copyOf(r));
            }
        }
        return new Segments(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Segments s && s.byDocument.equals(byDocument);
    }

    @Override
    public int hashCode() {
        return byDocument.hashCode();
    }

    @Override
    public String toString() {
        return byDocument.toString();
    }
}
