package tessera.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;

/** Checks made on a project file before SQLite opens it, so that a wrong file is refused without being touched. */
final class ProjectFiles {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private ProjectFiles() {
    }

    static void checkOpenable(Path path) {
        if (!Files.exists(path)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, NLS.bind(CoreMessages.noSuchProject, path));
        }
        if (!Files.isRegularFile(path)) {
            throw new StoreException(StoreException.Reason.NOT_A_PROJECT, NLS.bind(CoreMessages.notAFile, path));
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(path)) {
            if (in.readNBytes(header, 0, header.length) < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new StoreException(StoreException.Reason.NOT_A_PROJECT,
                        NLS.bind(CoreMessages.notSqlite, path));
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, NLS.bind(CoreMessages.cannotRead, path, e.getMessage()), e);
        }
        checkWritable(path);
    }

    /**
     * Tessera stores each change as it is made, so it needs to write the project, its write-ahead log and its lock
     * beside it. The permission bits are checked as well as access(2), because root may write any file.
     */
    static void checkWritable(Path path) {
        boolean writable = Files.isWritable(path) && hasWriteBit(path);
        if (!writable) {
            throw new StoreException(StoreException.Reason.READ_ONLY, NLS.bind(
                    CoreMessages.readOnlyFile, path));
        }
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null && !(Files.isWritable(dir) && hasWriteBit(dir))) {
            throw new StoreException(StoreException.Reason.READ_ONLY, NLS.bind(CoreMessages.readOnlyFolder, path, dir));
        }
    }

    private static boolean hasWriteBit(Path path) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            return true;
        }
        try {
            Set<PosixFilePermission> p = view.readAttributes().permissions();
            return p.contains(PosixFilePermission.OWNER_WRITE) || p.contains(PosixFilePermission.GROUP_WRITE)
                    || p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException e) {
            return true;
        }
    }
}
