package tessera.exchange.sheet;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A file written under a temporary name beside its destination and moved into place only when complete. */
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
        this.temp = Files.createTempFile(dir, "." + this.target.getFileName() + ".", ".part");
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
