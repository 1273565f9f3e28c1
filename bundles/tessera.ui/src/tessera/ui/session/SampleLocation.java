package tessera.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tessera.core.sample.SampleProject;
import tessera.core.store.ProjectStore;

/** Where the sample project lives for a user, and its creation on first start. */
public final class SampleLocation {

    private SampleLocation() {
    }

    public static Path home() {
        String env = System.getenv("TESSERA_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), "Tessera");
    }

    public static Path sampleFile() {
        return home().resolve("sample.tessera");
    }

    /** Creates the sample project if it is not there yet; returns it open, or null when it already existed. */
    public static ProjectStore createIfMissing(Path file, String coder) throws IOException {
        if (Files.exists(file)) {
            return null;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        return SampleProject.create(file, coder);
    }
}
