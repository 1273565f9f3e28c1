package tessera.exchange.sheet;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a temporary name beside its destination and moved into place only when complete. It gets
 * the permissions any new file of the user gets (the umask), or those of the file it replaces, so that a team
 * reading exports on a shared drive can open them (a temporary file's own 0600 would lock them out).
 */
public final class AtomicFile {

    private final Path target;
    private final Path temp;
    private boolean done;

    public AtomicFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException(target + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(this.target)) {
            throw new IOException(target + " is a folder");
        }
        this.temp = createPart(dir, this.target.getFileName().toString());
        if (Files.exists(this.target)) {
            try {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(this.target));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the new file's own permissions stand
            }
        }
    }

    /** A new, empty file beside the target under a name nobody else uses, made as any new file of the user is. */
    private static Path createPart(Path dir, String name) throws IOException {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0;; attempt++) {
            Path part = dir.resolve("." + name + "." + Long.toUnsignedString(random.nextLong(), 36) + ".part");
            try {
                return Files.createFile(part);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    public Path temp() {
        return temp;
    }

    public Path target() {
        return target;
    }

    public Path commit() throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        done = true;
        return target;
    }

    /** Removes the temporary file unless committed. */
    public void discard() {
        if (!done) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // nothing more can be done; the name says it is a partial file
            }
        }
    }
}
