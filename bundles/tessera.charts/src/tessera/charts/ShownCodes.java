package tessera.charts;

import java.util.List;
import java.util.Set;

import tessera.core.model.Code;
import tessera.core.model.Codebook;

/**
 * The codes a bar chart shows for a selection: the top-level codes when nothing is chosen, a chosen code's
 * subcodes when it is the only one and has some (choose Drivers: Global, National, Local), else the chosen codes.
 */
final class ShownCodes {

    private ShownCodes() {
    }

    static List<Code> of(Codebook book, Set<Long> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return book.roots();
        }
        if (chosen.size() == 1) {
            List<Code> children = book.children(chosen.iterator().next());
            if (!children.isEmpty()) {
                return children;
            }
        }
        return book.inOrder().stream().filter(c -> chosen.contains(c.id())).toList();
    }
}
