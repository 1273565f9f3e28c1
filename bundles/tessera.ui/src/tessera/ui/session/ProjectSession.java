package tessera.ui.session;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import tessera.core.store.Applied;
import tessera.core.store.ChangeListener;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;

/**
 * The project open in the workbench, offered to views and handlers as an OSGi service. It passes the store's
 * committed changes on to its listeners, on the thread that committed them.
 */
public final class ProjectSession {

    /** Told when another project is opened (or none) and after every committed change. */
    public interface Listener {
        void projectOpened(ProjectStore store);

        void changed(Applied applied);
    }

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private final RecentCodes recent = new RecentCodes();
    private final SearchIndexes indexes = new SearchIndexes();
    private final ChangeListener forward = applied -> {
        recent.changed(applied);
        listeners.forEach(l -> l.changed(applied));
    };
    private volatile ProjectStore store;

    /** Opens a project in place of the current one, which is closed only once the new one is open. */
    public void open(Path file, String coder) {
        ProjectStore opened = ProjectStores.open(file, coder);
        use(opened);
    }

    /** Takes over an already open store, e.g. a sample project just created. */
    public synchronized void use(ProjectStore opened) {
        ProjectStore old = store;
        indexes.close(); // before its project: the index may be writing what the project told it
        if (old != null) {
            old.removeListener(forward);
            old.close();
        }
        store = opened;
        recent.reset();
        if (opened != null) {
            opened.addListener(forward);
            indexes.open(opened);
        }
        listeners.forEach(l -> l.projectOpened(opened));
    }

    public Optional<ProjectStore> store() {
        return Optional.ofNullable(store);
    }

    /** The search index of the open project. */
    public SearchIndexes indexes() {
        return indexes;
    }

    /** The codes the current coder applied last, newest first. */
    public java.util.List<tessera.core.model.Code> recentCodes() {
        ProjectStore s = store;
        return s == null ? java.util.List.of() : recent.of(s);
    }

    /** Records later changes under another coder. */
    public void setCoder(String name) {
        ProjectStore s = store;
        if (s != null) {
            s.setCoderName(name);
        }
        recent.reset();
    }

    public void close() {
        use(null);
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    /** The coder that workbench changes are recorded under: see {@link CoderPreference#current()}. */
    public static String defaultCoder() {
        return CoderPreference.current();
    }
}
