package tessera.ui.session;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.ui.services.IServiceLocator;

import tessera.core.store.Applied;
import tessera.core.store.ChangeListener;
import tessera.core.store.CodingTally;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;

/**
 * The project open in the workbench, a Declarative Services component (OSGI-INF/tessera.ui.session.xml) that
 * views and handlers find through their service locator ({@link #in}). It passes the store's committed changes on
 * to its listeners, on the thread that committed them.
 */
public final class ProjectSession {

    /** The session a part, window or the workbench sees (their locators reach the OSGi service registry). */
    public static ProjectSession in(IServiceLocator locator) {
        ProjectSession s = locator.getService(ProjectSession.class);
        if (s == null) {
            throw new IllegalStateException("no ProjectSession service is registered (is org.apache.felix.scr started?)");
        }
        return s;
    }

    /** Called by Declarative Services when the component goes: the project and its index are closed. */
    void deactivate() {
        follower.interrupt();
        close();
    }

    /** Told when another project is opened (or none) and after every committed change. */
    public interface Listener {
        void projectOpened(ProjectStore store);

        void changed(Applied applied);
    }

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private final RecentCodes recent = new RecentCodes();
    private final SearchIndexes indexes = new SearchIndexes();
    private final ChangeListener forward = applied -> {
        CodingTally t = this.tally;
        if (t != null) {
            t.follow(applied); // before the views, which read it
        }
        recent.changed(applied);
        listeners.forEach(l -> l.changed(applied));
    };
    private volatile ProjectStore store;
    private volatile CodingTally tally;
    /**
     * Follows the changes other processes (a command line, another coder's workbench) commit to the open project,
     * and passes them on like the workbench's own: views, the index and undo follow them. A team project's server
     * announces each change, so it shows at once; a file is looked at several times a second.
     */
    private final Thread follower = new Thread(this::followOthersForever, "tessera-follow-others");

    public ProjectSession() {
        follower.setDaemon(true);
        follower.start();
    }

    /** The project whose following failed last, so that the failure is logged once. */
    private volatile ProjectStore failing;

    /** The longest wait for an announcement before looking anyway. */
    static final long FOLLOW_MS = 500;

    private void followOthersForever() {
        while (true) {
            ProjectStore s = store;
            try {
                if (s == null) {
                    Thread.sleep(FOLLOW_MS);
                } else {
                    s.awaitChange(FOLLOW_MS);
                    followOthers();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (s == store) { // a store closed meanwhile has nothing to follow
                    if (s != failing) { // said once, not twice a second while a server is away
                        failing = s;
                        System.getLogger("tessera.ui").log(System.Logger.Level.WARNING, "could not follow other"
                                + " processes' changes to " + s.location() + ": " + e.getMessage(), e);
                    }
                    sleepQuietly();
                }
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(FOLLOW_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void followOthers() {
        ProjectStore s = store;
        if (s == null) {
            return;
        }
        try {
            s.refresh();
        } catch (RuntimeException e) {
            if (s == store) { // a store closed meanwhile has nothing to follow
                System.getLogger("tessera.ui").log(System.Logger.Level.WARNING,
                        "could not follow other processes' changes to " + s.location() + ": " + e.getMessage(), e);
            }
        }
    }

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
        tally = null;
        if (opened != null) {
            // what others committed since the store opened is taken in first, then counted: the tally follows
            // only later entries (one committed during the count itself would be counted twice; a reopen heals it)
            opened.refresh();
            tally = CodingTally.of(opened);
            opened.addListener(forward);
            indexes.open(opened);
            RecentProjects.opened(opened.location());
        }
        listeners.forEach(l -> l.projectOpened(opened));
    }

    public Optional<ProjectStore> store() {
        return Optional.ofNullable(store);
    }

    /** The open project's coding counts, kept up to date with every change; empty when no project is open. */
    public CodingTally tally() {
        CodingTally t = this.tally;
        return t != null ? t : EMPTY;
    }

    private static final CodingTally EMPTY = CodingTally.empty();

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
