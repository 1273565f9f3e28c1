package tessera.ui.views;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.ViewPart;

import tessera.core.store.Applied;
import tessera.core.store.ProjectStore;
import tessera.core.store.Table;
import tessera.ui.session.ProjectSession;

/**
 * A view of the open project that follows changes on the UI thread, once for a burst of them (a batch of codings
 * commits many entries in a row). A view that can take a change in by itself (a count, a row) says so in
 * {@link #follow}; otherwise, or after a new project, it is refreshed whole.
 */
abstract class ProjectView extends ViewPart implements ProjectSession.Listener {

    /** Bursts longer than this are refreshed whole: one query is then cheaper than many small updates. */
    private static final int MOST_FOLLOWED = 200;

    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final AtomicBoolean wholeRefresh = new AtomicBoolean();
    private final ConcurrentLinkedQueue<Applied> pending = new ConcurrentLinkedQueue<>();
    protected ProjectSession session;

    /** The control whose display runs refreshes, and whose disposal ends them. */
    protected abstract Control control();

    /** Shows the project, or an empty view when none is open. Runs on the UI thread. */
    protected abstract void refresh(ProjectStore storeOrNull);

    /**
     * Takes in one committed change on the UI thread, if this view can without reading the project again; returns
     * false when it needs a whole refresh (the default).
     */
    protected boolean follow(Applied applied) {
        return false;
    }

    private static final java.util.Set<Table> CODING_TABLES = java.util.EnumSet.of(Table.CODING, Table.MEMO,
            Table.REVIEW);

    /**
     * Whether a change wrote only codings, memos or reviews: what the counting views can follow from the change's
     * rows. A change to codes, documents or coders (their names are shown) needs a whole refresh.
     */
    protected static boolean onlyCodings(Applied applied) {
        return applied.changes().stream().allMatch(c -> CODING_TABLES.contains(c.table()));
    }

    protected void startListening() {
        session = ProjectSession.in(getSite());
        session.addListener(this);
        refresh(session.store().orElse(null));
    }

    @Override
    public void projectOpened(ProjectStore store) {
        scheduleRefresh();
    }

    @Override
    public void changed(Applied applied) {
        if (pending.size() < MOST_FOLLOWED) {
            pending.add(applied);
            schedule();
        } else {
            scheduleRefresh();
        }
    }

    protected void scheduleRefresh() {
        wholeRefresh.set(true);
        schedule();
    }

    private void schedule() {
        Control c = control();
        if (c == null || c.isDisposed() || !refreshPending.compareAndSet(false, true)) {
            return;
        }
        c.getDisplay().asyncExec(() -> {
            refreshPending.set(false);
            if (control().isDisposed()) {
                return;
            }
            boolean whole = wholeRefresh.getAndSet(false);
            for (Applied a = pending.poll(); a != null; a = pending.poll()) {
                whole = whole || !follow(a);
            }
            if (whole) {
                pending.clear();
                refresh(session.store().orElse(null));
            }
        });
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(this);
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        control().setFocus();
    }
}
