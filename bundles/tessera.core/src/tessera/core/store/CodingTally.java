package tessera.core.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How many codings each code has in each document, counted once by the database and then kept up to date from the
 * change log's row changes: what the views show beside codes and documents, without reading 200,000 codings again
 * after every change. Thread-safe: changes arrive on the thread that made them, views read on theirs.
 */
public final class CodingTally {

    /** code id -> document id -> codings */
    private final Map<Long, Map<Long, Integer>> counts;
    private final Map<Long, Integer> perCode = new HashMap<>();
    private final Map<Long, Integer> perDocument = new HashMap<>();

    private CodingTally(Map<Long, Map<Long, Integer>> counts) {
        this.counts = counts;
        counts.forEach((code, docs) -> docs.forEach((doc, n) -> {
            perCode.merge(code, n, Integer::sum);
            perDocument.merge(doc, n, Integer::sum);
        }));
    }

    public static CodingTally of(ProjectReader project) {
        return new CodingTally(project.codingCountsByCodeAndDocument());
    }

    /** No codings: for when no project is open. */
    public static CodingTally empty() {
        return new CodingTally(new HashMap<>());
    }

    /** What a change did to the counts: the codes and documents whose counts moved. */
    public record Moved(Set<Long> codes, Set<Long> documents) {
        public boolean isEmpty() {
            return codes.isEmpty();
        }
    }

    /** The codes and documents whose counts a committed entry moves (it is not taken in). */
    public static Moved moved(Applied applied) {
        Set<Long> codes = new HashSet<>();
        Set<Long> docs = new HashSet<>();
        for (RowChange c : applied.changes()) {
            if (c.table() == Table.CODING) {
                for (Map<String, Object> row : java.util.Arrays.asList(c.before(), c.after())) {
                    if (row != null) {
                        codes.add(Rows.number(row, "code_id").longValue());
                        docs.add(Rows.number(row, "document_id").longValue());
                    }
                }
            }
        }
        return new Moved(codes, docs);
    }

    /** Takes in a committed entry's coding rows. */
    public synchronized Moved follow(Applied applied) {
        Set<Long> codes = new HashSet<>();
        Set<Long> docs = new HashSet<>();
        for (RowChange c : applied.changes()) {
            if (c.table() != Table.CODING) {
                continue;
            }
            if (c.before() != null) {
                add(c.before(), -1, codes, docs);
            }
            if (c.after() != null) {
                add(c.after(), 1, codes, docs);
            }
        }
        return new Moved(codes, docs);
    }

    private void add(Map<String, Object> row, int delta, Set<Long> codes, Set<Long> docs) {
        long code = Rows.number(row, "code_id").longValue();
        long doc = Rows.number(row, "document_id").longValue();
        Map<Long, Integer> inCode = counts.computeIfAbsent(code, k -> new HashMap<>());
        if (inCode.merge(doc, delta, Integer::sum) == 0) {
            inCode.remove(doc);
        }
        perCode.merge(code, delta, Integer::sum);
        perDocument.merge(doc, delta, Integer::sum);
        codes.add(code);
        docs.add(doc);
    }

    public synchronized int codings(long codeId) {
        return perCode.getOrDefault(codeId, 0);
    }

    public synchronized int codingsIn(long documentId) {
        return perDocument.getOrDefault(documentId, 0);
    }

    public synchronized int codings(long codeId, long documentId) {
        return counts.getOrDefault(codeId, Map.of()).getOrDefault(documentId, 0);
    }

    /** How many documents a code codes. */
    public synchronized int documentCount(long codeId) {
        return counts.getOrDefault(codeId, Map.of()).size();
    }

    /** Adds the documents a code codes to a set (to count a subtree's documents once). */
    public synchronized void addDocuments(long codeId, Set<Long> into) {
        into.addAll(counts.getOrDefault(codeId, Map.of()).keySet());
    }

    /** Hands each document a code codes, with its number of codings there, to {@code action}. */
    public synchronized void forEachDocument(long codeId, java.util.function.BiConsumer<Long, Integer> action) {
        counts.getOrDefault(codeId, Map.of()).forEach(action);
    }

    /** The documents a code codes (a copy). */
    public synchronized Set<Long> documents(long codeId) {
        return new HashSet<>(counts.getOrDefault(codeId, Map.of()).keySet());
    }

    /** Codings per code (a copy), as {@link ProjectReader#codingCounts()} gives them. */
    public synchronized Map<Long, Integer> perCode() {
        Map<Long, Integer> copy = new HashMap<>(perCode);
        copy.values().removeIf(n -> n == 0);
        return copy;
    }

    /** The documents each code codes (copies), as {@link ProjectReader#documentsByCode()} gives them. */
    public synchronized Map<Long, Set<Long>> documentsPerCode() {
        Map<Long, Set<Long>> copy = new HashMap<>();
        counts.forEach((code, docs) -> {
            if (!docs.isEmpty()) {
                copy.put(code, new HashSet<>(docs.keySet()));
            }
        });
        return copy;
    }
}
