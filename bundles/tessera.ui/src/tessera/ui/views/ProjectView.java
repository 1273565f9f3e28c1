package tessera.ui.views;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.ViewPart;

import tessera.core.store.Applied;
import tessera.core.store.ProjectStore;
import tessera.ui.session.ProjectSession;

/**
 * A view of the open project that refreshes itself on the UI thread after changes, once for a burst of them
 * (a batch of codings commits many entries in a row).
 */
abstract class ProjectView extends ViewPart implements ProjectSession.Listener {

    private final AtomicBoolean refreshPending = new AtomicBoolean();
    protected ProjectSession session;

    /** The control whose display runs refreshes, and whose disposal ends them. */
    protected abstract Control control();

    /** Shows the project, or an empty view when none is open. Runs on the UI thread. */
    protected abstract void refresh(ProjectStore storeOrNull);

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
        scheduleRefresh();
    }

    protected void scheduleRefresh() {
        Control c = control();
        if (c == null || c.isDisposed() || !refreshPending.compareAndSet(false, true)) {
            return;
        }
        c.getDisplay().asyncExec(() -> {
            refreshPending.set(false);
            if (!control().isDisposed()) {
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
