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

    /** A code in a document: a cell of the code x document counts. */
    public record Cell(long code, long document) {
    }

    /** What a change did to the counts: the cells, and so the codes and documents, whose counts moved. */
    public record Moved(Set<Cell> cells) {
        public Set<Long> codes() {
            return cells.stream().map(Cell::code).collect(java.util.stream.Collectors.toSet());
        }

        public Set<Long> documents() {
            return cells.stream().map(Cell::document).collect(java.util.stream.Collectors.toSet());
        }

        public boolean isEmpty() {
            return cells.isEmpty();
        }
    }

    @FunctionalInterface
    private interface RowVisitor {
        void visit(long code, long document, int delta);
    }

    /** Each coding row a committed entry removed (-1) or left (+1), from its row images. */
    private static void forEachCodingRow(Applied applied, RowVisitor visitor) {
        for (RowChange c : applied.changes()) {
            if (c.table() != Table.CODING) {
                continue;
            }
            if (c.before() != null) {
                visitor.visit(Rows.number(c.before(), "code_id").longValue(),
                        Rows.number(c.before(), "document_id").longValue(), -1);
            }
            if (c.after() != null) {
                visitor.visit(Rows.number(c.after(), "code_id").longValue(),
                        Rows.number(c.after(), "document_id").longValue(), 1);
            }
        }
    }

    /** The cells whose counts a committed entry moves (it is not taken in). */
    public static Moved moved(Applied applied) {
        Set<Cell> cells = new java.util.LinkedHashSet<>();
        forEachCodingRow(applied, (code, doc, delta) -> cells.add(new Cell(code, doc)));
        return new Moved(cells);
    }

    /** Takes in a committed entry's coding rows; what moved. */
    public synchronized Moved follow(Applied applied) {
        forEachCodingRow(applied, this::add);
        return moved(applied);
    }

    private void add(long code, long doc, int delta) {
        Map<Long, Integer> inCode = counts.computeIfAbsent(code, k -> new HashMap<>());
        if (inCode.merge(doc, delta, Integer::sum) == 0) {
            inCode.remove(doc);
        }
        perCode.merge(code, delta, Integer::sum);
        perDocument.merge(doc, delta, Integer::sum);
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
