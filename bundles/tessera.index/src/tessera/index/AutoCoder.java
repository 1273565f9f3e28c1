package tessera.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tessera.core.model.Label;
import tessera.core.ops.AddCoding;
import tessera.core.ops.Batch;
import tessera.core.store.CodingFilter;
import tessera.core.store.Operation;
import tessera.core.store.ProjectReader;
import tessera.core.text.CodePointIndex;

/**
 * Auto-coding: the passages of search hits, widened to their sentence or paragraph if asked, become codings of one
 * code in a single operation, so one undo takes them all back. Hits in the same sentence or paragraph make one
 * coding, and a passage the coder has already coded with that code is left as it is.
 */
public final class AutoCoder {

    public enum Scope { HIT, SENTENCE, PARAGRAPH }

    /** What auto-coding would do: the passages to code and how many were coded already. */
    public record Plan(List<Range> passages, int alreadyCoded) {
        public Operation operation(long codeId, String codePath) {
            List<Operation> ops = passages.stream().<Operation>map(r -> new AddCoding(r.documentId(), codeId, r.start(),
                    r.end())).toList();
            return new Batch(Label.of("batch.autocode", ops.size(), codePath), ops);
        }
    }

    /** A passage: [start, end) in code points of a document. */
    public record Range(long documentId, int start, int end) {
    }

    private AutoCoder() {
    }

    public static Plan plan(ProjectReader store, List<Hit> hits, Scope scope, long codeId, String coder) {
        Map<Long, String> texts = new HashMap<>();
        Map<Long, CodePointIndex> indexes = new HashMap<>();
        Set<Range> ranges = new LinkedHashSet<>();
        for (Hit h : hits) {
            String text = texts.computeIfAbsent(h.documentId(), store::text);
            CodePointIndex index = indexes.computeIfAbsent(h.documentId(), d -> CodePointIndex.of(text));
            ranges.add(widen(text, index, h, scope));
        }
        Long coderId = store.coderByName(coder).map(c -> c.id()).orElse(null);
        // what the coder coded with this code already, read once rather than once per passage
        Set<Range> coded = new java.util.HashSet<>();
        if (coderId != null) {
            store.codings(new CodingFilter(null, Set.of(codeId), coderId))
                    .forEach(c -> coded.add(new Range(c.documentId(), c.start(), c.end())));
        }
        List<Range> todo = new ArrayList<>();
        int already = 0;
        for (Range r : ranges) {
            if (coded.contains(r)) {
                already++;
            } else {
                todo.add(r);
            }
        }
        return new Plan(todo, already);
    }

    static Range widen(String text, CodePointIndex index, Hit h, Scope scope) {
        if (scope == Scope.HIT) {
            return new Range(h.documentId(), h.start(), h.end());
        }
        int from = index.toUtf16(h.start());
        int to = index.toUtf16(h.end());
        while (from > 0 && !ends(text, from - 1, scope)) {
            from--;
        }
        while (to < text.length() && !ends(text, to - 1, scope)) {
            to++;
        }
        // leave out the white space a sentence or paragraph starts or ends with
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new Range(h.documentId(), index.toCodePoint(from), index.toCodePoint(to));
    }

    /** Whether the char at {@code i} ends a sentence or paragraph: what follows it is outside. */
    private static boolean ends(String text, int i, Scope scope) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        if (scope == Scope.PARAGRAPH) {
            return false;
        }
        if ("。！？；!?".indexOf(c) >= 0) {
            return true;
        }
        // a full stop ends an English sentence when a space or the end follows it
        return (c == '.' || c == ';') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }
}
