package tessera.core.store;

import java.nio.file.Path;

/** Where projects are created and opened; the one place that knows the store is SQLite. */
public final class ProjectStores {

    private ProjectStores() {
    }

    public static ProjectStore create(Path path, String projectName, String coder) {
        return SqliteProjects.create(path, projectName, coder);
    }

    public static ProjectStore open(Path path, String coder) {
        return SqliteProjects.open(path, coder);
    }

    /** The coder name used when none is given: the login name of the user. */
    public static String defaultCoder() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "coder" : user;
    }
}
