package tessera.ui.views;

import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

import tessera.core.model.Code;
import tessera.core.model.Codebook;

/** The Codebook's filter box: a code is shown when its name holds the typed text, or one of its subcodes' does. */
final class CodeNameFilter extends ViewerFilter {

    private final Supplier<Codebook> book;
    private final Supplier<String> typed;

    CodeNameFilter(Supplier<Codebook> book, Supplier<String> typed) {
        this.book = book;
        this.typed = typed;
    }

    @Override
    public boolean select(Viewer viewer, Object parentElement, Object element) {
        String t = typed.get().strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return true;
        }
        Codebook b = book.get();
        return b.subtree(((Code) element).id()).stream().map(b::get).flatMap(java.util.Optional::stream)
                .anyMatch(c -> c.name().toLowerCase(Locale.ROOT).contains(t));
    }
}
