package tessera.ui.views;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.store.CodingTally;

/**
 * A code's own count and, for a code with subcodes, the count with theirs: "0 (12)" for a category whose
 * subcodes hold twelve codings, as NVivo and MAXQDA show aggregates. Documents are counted once across a subtree.
 * Read from the session's {@link CodingTally}; a subtree's total is worked out when first shown and forgotten
 * when a count under it moves.
 */
final class CodeCounts {

    private final Codebook book;
    private final CodingTally tally;
    private final boolean documents;
    private final Map<Long, Integer> totals = new HashMap<>();

    private CodeCounts(Codebook book, CodingTally tally, boolean documents) {
        this.book = book;
        this.tally = tally;
        this.documents = documents;
    }

    static final CodeCounts NONE = codings(new Codebook(List.of()), CodingTally.empty());

    /** Codings per code, summed over each subtree. */
    static CodeCounts codings(Codebook book, CodingTally tally) {
        return new CodeCounts(book, tally, false);
    }

    /** Documents per code, a document counted once in a subtree however many of its codes code it. */
    static CodeCounts documents(Codebook book, CodingTally tally) {
        return new CodeCounts(book, tally, true);
    }

    /** "5" for a code without subcodes, "0 (12)" for one with them. */
    String text(Code code) {
        int mine = documents ? tally.documentCount(code.id()) : tally.codings(code.id());
        return book.children(code.id()).isEmpty() ? Integer.toString(mine)
                : mine + " (" + totals.computeIfAbsent(code.id(), this::total) + ")";
    }

    private int total(long codeId) {
        if (!documents) {
            return book.subtree(codeId).stream().mapToInt(tally::codings).sum();
        }
        Set<Long> all = new HashSet<>();
        book.subtree(codeId).forEach(id -> tally.addDocuments(id, all));
        return all.size();
    }

    /** Forgets the totals of the codes whose counts moved and of the codes above them; returns them all. */
    Set<Long> moved(Set<Long> codes) {
        Set<Long> touched = new HashSet<>();
        for (long id : codes) {
            for (Long at = id; at != null && touched.add(at); ) {
                totals.remove(at);
                at = book.get(at).map(Code::parentId).orElse(null);
            }
        }
        return touched;
    }
}
