package tessera.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Keeps SQLite's native library in Tessera's cache folder, so that a command loads it from there instead of
 * unpacking a megabyte from the driver's jar into the temporary folder on every start (sqlite-jdbc's default).
 * Anything unexpected leaves the driver's own way in place.
 */
final class NativeLibraries {

    private static final String NAME = "libsqlitejdbc.so";

    private NativeLibraries() {
    }

    /** Points sqlite-jdbc at a cached copy of its library, made now if missing. */
    static void useCache(String cacheFolder) {
        String folder = platformFolder();
        if (cacheFolder == null || folder == null || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        URL resource = NativeLibraries.class.getResource("/org/sqlite/native/" + folder + "/" + NAME);
        if (resource == null) {
            return;
        }
        // named by the driver's jar (its version), not by where it is installed: every copy of Tessera with the same
        // driver shares one folder, and only a new driver adds another
        Path dir = Path.of(cacheFolder, "sqlite-" + Integer.toHexString(driverName(resource.toString()).hashCode()));
        Path library = dir.resolve(NAME);
        try {
            if (!Files.isRegularFile(library)) {
                Files.createDirectories(dir);
                Path part = Files.createTempFile(dir, NAME, ".part");
                try (InputStream in = resource.openStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(part, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", NAME);
        } catch (IOException | RuntimeException e) {
            // the driver unpacks its library itself, as it always can
        }
    }

    /** The jar's file name and the path inside it, from a {@code jar:file:/.../name.jar!/path} address; else the whole. */
    static String driverName(String address) {
        int bang = address.indexOf("!/");
        return bang < 0 ? address : address.substring(address.lastIndexOf('/', bang) + 1);
    }

    /** sqlite-jdbc's folder for this machine, for the Linux builds Tessera ships; null elsewhere. */
    private static String platformFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.equals("linux")) {
            return null;
        }
        return switch (arch) {
            case "amd64", "x86_64" -> "Linux/x86_64";
            case "aarch64", "arm64" -> "Linux/aarch64";
            default -> null;
        };
    }
}
