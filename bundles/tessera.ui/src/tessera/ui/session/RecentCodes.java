package tessera.ui.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.model.Coding;
import tessera.core.store.Applied;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectStore;
import tessera.core.store.RowChange;
import tessera.core.store.Table;

/**
 * The codes the current coder applied last, newest first, for the editor's "Code With" menu. Read once from the
 * coder's codings, then kept up to date from each committed change rather than re-read.
 */
public final class RecentCodes {

    public static final int SIZE = 8;

    private List<Long> recent;

    /** Forgets everything, e.g. when another project is opened or the coder changes. */
    public synchronized void reset() {
        recent = null;
    }

    public synchronized List<Code> of(ProjectStore store) {
        if (recent == null) {
            recent = new ArrayList<>();
            Optional<Long> coder = store.coderByName(store.coderName()).map(c -> c.id());
            coder.ifPresent(id -> store.codings(new CodingFilter(null, null, id)).stream()
                    .sorted(Comparator.comparing(Coding::created).thenComparingLong(Coding::id).reversed())
                    .map(Coding::codeId).distinct().limit(SIZE).forEach(recent::add));
        }
        Codebook book = store.codebook();
        return recent.stream().map(book::get).flatMap(Optional::stream).toList();
    }

    /** Moves the codes of codings just added or recoded to the front. */
    synchronized void changed(Applied applied) {
        if (recent == null || applied.entry() == null) {
            return;
        }
        LinkedHashSet<Long> front = new LinkedHashSet<>();
        for (RowChange c : applied.changes()) {
            if (c.table() == Table.CODING && c.kind() != RowChange.Kind.DELETE && c.value("code_id") instanceof Number n
                    && applied.entry().kind() == tessera.core.model.ChangeLogEntry.Kind.DO) {
                front.add(n.longValue());
            }
        }
        if (front.isEmpty()) {
            return;
        }
        front.addAll(recent);
        recent = new ArrayList<>(front.stream().limit(SIZE).toList());
    }
}
