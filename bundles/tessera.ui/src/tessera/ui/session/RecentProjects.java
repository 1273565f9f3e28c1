package tessera.ui.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import tessera.core.store.ServerAddress;

/** The project files opened last, newest first, kept in the workspace's preferences for File > Open Recent. */
public final class RecentProjects {

    /** How many File > Open Recent lists. */
    public static final int KEEP = 8;

    private static final String KEY = "recentProjects";

    private RecentProjects() {
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(CoderPreference.NODE);
    }

    public static List<String> list() {
        String saved = node().get(KEY, "");
        return saved.isEmpty() ? List.of() : Arrays.stream(saved.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    /** Puts a project file first; a team project's address is not kept (opening it asks for a password anyway). */
    public static void opened(String location) {
        if (location == null || ServerAddress.isServer(location)) {
            return;
        }
        List<String> next = new ArrayList<>(list());
        next.remove(location);
        next.add(0, location);
        while (next.size() > KEEP) {
            next.remove(next.size() - 1);
        }
        node().put(KEY, String.join("\n", next));
        try {
            node().flush();
        } catch (BackingStoreException e) {
            // kept for this session; the next start lists what was saved before
        }
    }
}
