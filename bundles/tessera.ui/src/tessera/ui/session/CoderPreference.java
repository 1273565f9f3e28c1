package tessera.ui.session;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The workbench user's name as a coder, kept in the workspace's preferences: every coding they make carries it.
 * $TESSERA_CODER overrides it (scripts, shared machines); the login name stands in until it is set.
 */
public final class CoderPreference {

    static final String NODE = "tessera.ui";
    static final String KEY = "coder";

    private CoderPreference() {
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    /** Whether the user has told their name, or $TESSERA_CODER tells it. */
    public static boolean known() {
        return fromEnvironment() != null || !node().get(KEY, "").isBlank();
    }

    /** $TESSERA_CODER, else the preference, else the login name. */
    public static String current() {
        String env = fromEnvironment();
        if (env != null) {
            return env;
        }
        String saved = node().get(KEY, "").strip();
        return saved.isEmpty() ? tessera.core.store.ProjectStores.defaultCoder() : saved;
    }

    /** Saves the name and records the open project's later changes under it. */
    public static void set(String name) {
        node().put(KEY, name.strip());
        try {
            node().flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("could not save the coder preference: " + e.getMessage(), e);
        }
        ProjectSession.in(PlatformUI.getWorkbench()).setCoder(name.strip());
    }

    private static String fromEnvironment() {
        String env = System.getenv("TESSERA_CODER");
        return env != null && !env.isBlank() ? env.strip() : null;
    }
}
