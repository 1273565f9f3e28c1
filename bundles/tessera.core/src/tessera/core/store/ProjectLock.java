package tessera.core.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Holds a project for one process: an OS lock on {@code <project>.lock}, which the OS releases when the process
 * dies however it dies, and in the file who holds it, so that a second opener is told "in use by ...".
 */
final class ProjectLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFile(Path project) {
        return project.resolveSibling(project.getFileName() + ".lock");
    }

    static ProjectLock acquire(Path project) {
        Path file = lockFile(project);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.READ_ONLY,
                    project + ": cannot create the lock file " + file + " (" + e.getMessage() + ")", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            close(channel);
            throw new StoreException(StoreException.Reason.IO, project + ": cannot lock " + file + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            String holder = holder(file);
            close(channel);
            throw new StoreException(StoreException.Reason.IN_USE,
                    project + " is in use by " + holder + "; close it there first");
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            // The lock itself is what protects the project; the description only helps the next opener.
        }
        return new ProjectLock(channel, lock);
    }

    private static String describeThisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "this machine";
        }
        return "process " + ProcessHandle.current().pid() + " of " + System.getProperty("user.name") + " on " + host
                + " since " + Instant.now() + " (" + ManagementFactory.getRuntimeMXBean().getName() + ")";
    }

    private static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            int paren = text.indexOf(" (");
            return text.isEmpty() ? "another process" : paren > 0 ? text.substring(0, paren) : text;
        } catch (IOException e) {
            return "another process";
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }

    /**
     * Releases the lock. The file stays (emptied): deleting it would let two later openers lock two different
     * files of the same name.
     */
    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            // the channel's close below releases it too
        }
        close(channel);
    }
}
