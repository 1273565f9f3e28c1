package tessera.ui.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tessera.core.model.Code;
import tessera.core.model.Codebook;

/**
 * What the quick-code popup offers for what was typed: codable codes whose path holds the text, ignoring case,
 * those whose name starts with it first, in codebook order otherwise.
 */
public final class CodeMatcher {

    private CodeMatcher() {
    }

    public static List<Code> matches(Codebook book, String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        List<Code> first = new ArrayList<>();
        List<Code> rest = new ArrayList<>();
        for (Code c : book.inOrder()) {
            if (!c.codable()) {
                continue;
            }
            if (c.name().toLowerCase(Locale.ROOT).startsWith(t)) {
                first.add(c);
            } else if (book.path(c.id()).toLowerCase(Locale.ROOT).contains(t)) {
                rest.add(c);
            }
        }
        first.addAll(rest);
        return first;
    }

    /** Whether a new code of this name may be offered: something was typed and no code has exactly that name. */
    public static boolean canCreate(Codebook book, String typed) {
        String t = typed.strip();
        return !t.isEmpty() && !t.contains("/") && book.inOrder().stream().noneMatch(c -> c.name().equalsIgnoreCase(t));
    }
}
