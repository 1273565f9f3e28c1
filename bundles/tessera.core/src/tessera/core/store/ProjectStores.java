package tessera.core.store;

import java.nio.file.Path;

/**
 * Where projects are created and opened: a file (SQLite) for one person, or a PostgreSQL server's database for a
 * team, named by an address such as {@code postgresql://host/database}.
 */
public final class ProjectStores {

    private ProjectStores() {
    }

    public static ProjectStore create(Path path, String projectName, String coder) {
        return SqliteProjects.create(path, projectName, coder);
    }

    public static ProjectStore open(Path path, String coder) {
        return SqliteProjects.open(path, coder);
    }

    /** Opens a project file, or a team project on a server; a null coder on a server is the login's name. */
    public static ProjectStore open(String location, String coder) {
        if (ServerAddress.isServer(location)) {
            return PostgresProjects.open(ServerAddress.parse(location), coder);
        }
        return SqliteProjects.open(Path.of(location), coder == null ? defaultCoder() : coder);
    }

    /** Opens a team project at an address whose password was asked for rather than written in it. */
    public static ProjectStore open(ServerAddress address, String coder) {
        return PostgresProjects.open(address, coder);
    }

    /** Creates a project file, or a new team project on an empty database. */
    public static ProjectStore create(String location, String projectName, String coder) {
        if (ServerAddress.isServer(location)) {
            return PostgresProjects.create(ServerAddress.parse(location), projectName, coder);
        }
        return SqliteProjects.create(Path.of(location), projectName, coder == null ? defaultCoder() : coder);
    }

    /**
     * Copies a project, every GUID and the log with it: into a new file, or onto an empty database on a server
     * (a team project made from a file), also while others work on it.
     */
    public static void copy(ProjectStore from, String destination) {
        if (ServerAddress.isServer(destination)) {
            copy(from, ServerAddress.parse(destination));
        } else {
            from.copyTo(Path.of(destination));
        }
    }

    /** Copies a project onto an empty database, at an address that may carry a password asked for. */
    public static void copy(ProjectStore from, ServerAddress destination) {
        ProjectCopy.toServer((JdbcProjectStore) from, destination);
    }

    /** Puts a new, empty project onto an empty database. */
    public static ProjectStore create(ServerAddress address, String projectName, String coder) {
        return PostgresProjects.create(address, projectName, coder);
    }

    /** The coder name used when none is given: the login name of the user. */
    public static String defaultCoder() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "coder" : user;
    }
}
