package tessera.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The paragraphs of the first documents (by id) that hold at least {@code limit} occurrences, gathered while the
 * occurrences are counted: the hits shown are read from these alone, so no search sorts every paragraph that
 * matched. Documents further on are dropped as soon as the ones before them hold enough.
 */
final class FirstParagraphs {

    private static final class Held {
        final TreeSet<Integer> paragraphs = new TreeSet<>();
        long occurrences;
    }

    private final int limit;
    private final TreeMap<Long, Held> documents = new TreeMap<>();
    private long held;

    FirstParagraphs(int limit) {
        this.limit = limit;
    }

    /** A paragraph (global doc id) of a document, with its occurrences of the query's literals. */
    void add(int paragraph, long document, long occurrences) {
        if (limit <= 0 || occurrences <= 0 || held >= limit && document > documents.lastKey()) {
            return;
        }
        Held h = documents.computeIfAbsent(document, k -> new Held());
        h.paragraphs.add(paragraph);
        h.occurrences += occurrences;
        held += occurrences;
        while (documents.size() > 1 && held - documents.lastEntry().getValue().occurrences >= limit) {
            held -= documents.pollLastEntry().getValue().occurrences;
        }
    }

    /** The paragraphs kept, document by document. */
    List<Integer> paragraphs() {
        List<Integer> out = new ArrayList<>();
        for (Map.Entry<Long, Held> e : documents.entrySet()) {
            out.addAll(e.getValue().paragraphs);
        }
        return out;
    }
}
