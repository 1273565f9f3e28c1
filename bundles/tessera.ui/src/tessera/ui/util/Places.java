package tessera.ui.util;

import java.nio.file.Path;

import tessera.core.store.ProjectStore;
import tessera.core.store.ServerAddress;

/** Where the workbench suggests writing a project's files: beside its file, or in the home folder for a team project. */
public final class Places {

    private Places() {
    }

    /** The folder to offer. */
    public static Path folder(ProjectStore store) {
        return ServerAddress.isServer(store.location()) ? Path.of(System.getProperty("user.home"))
                : store.path().toAbsolutePath().getParent();
    }

    /** The project's name for file names: its file's name, or the team project's own name. */
    public static String baseName(ProjectStore store) {
        return ServerAddress.isServer(store.location()) ? store.projectName().replaceAll("[\\\\/:*?\"<>|]", "_")
                : store.path().getFileName().toString().replaceFirst("\\.tessera$", "");
    }

    /** A file in the folder, named after the project with the suffix. */
    public static Path file(ProjectStore store, String suffix) {
        return folder(store).resolve(baseName(store) + suffix);
    }
}
