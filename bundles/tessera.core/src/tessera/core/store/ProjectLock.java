package tessera.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;

/**
 * An OS lock on {@code <project>.lock}, which the OS releases when the process dies however it dies. Opening a
 * project takes it shared: the workbench, command-line commands and other coders' processes work on one project
 * at once (SQLite serialises their transactions, and each follows the others' changes in the change log).
 * Upgrading a project's schema takes it exclusive, so that no process reads a file whose tables are changing under
 * it; the file names the process that last took the lock, so that a refused upgrade can say who holds it.
 */
final class ProjectLock implements AutoCloseable {

    /**
     * The locks this JVM holds, by lock file. The OS gives a process one lock on a file, however many stores of
     * the process open it (a second {@code FileChannel.lock} in the same JVM throws), so the JVM counts its users.
     */
    private static final Map<Path, Held> HELD = new HashMap<>();

    private static final class Held {
        final FileChannel channel;
        final FileLock lock;
        int users = 1;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }
    }

    private final Path file;
    private boolean closed;

    private ProjectLock(Path file) {
        this.file = file;
    }

    static Path lockFile(Path project) {
        return project.resolveSibling(project.getFileName() + ".lock");
    }

    /** Held while a project is open: any number of processes together, none while one upgrades it. */
    static ProjectLock shared(Path project) {
        return acquire(project, true);
    }

    /** Held while a project's schema is upgraded: refused while any other store or process has it open. */
    static ProjectLock exclusive(Path project) {
        return acquire(project, false);
    }

    private static ProjectLock acquire(Path project, boolean shared) {
        Path file = lockFile(project).toAbsolutePath().normalize();
        synchronized (HELD) {
            Held held = HELD.get(file);
            if (held != null) {
                if (!shared || !held.lock.isShared()) {
                    throw inUse(project, NLS.bind(CoreMessages.thisProcess, ProcessHandle.current().pid()), shared);
                }
                held.users++;
                return new ProjectLock(file);
            }
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new StoreException(StoreException.Reason.READ_ONLY,
                        NLS.bind(CoreMessages.lockFile, new Object[] {project, file, e.getMessage()}), e);
            }
            FileLock lock;
            try {
                lock = channel.tryLock(0, Long.MAX_VALUE, shared);
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException e) {
                close(channel);
                throw new StoreException(StoreException.Reason.IO, NLS.bind(CoreMessages.cannotLock,
                        new Object[] {project, file, e.getMessage()}), e);
            }
            if (lock == null) {
                String holder = holder(file);
                close(channel);
                throw inUse(project, holder, shared);
            }
            describe(channel);
            HELD.put(file, new Held(channel, lock));
            return new ProjectLock(file);
        }
    }

    private static StoreException inUse(Path project, String holder, boolean shared) {
        return new StoreException(StoreException.Reason.IN_USE, shared
                ? NLS.bind(CoreMessages.beingUpgraded, project, holder)
                : NLS.bind(CoreMessages.inUseUpgrade, project, holder));
    }

    private static void describe(FileChannel channel) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            // The lock itself is what protects the project; the description only helps a refused upgrade.
        }
    }

    private static String describeThisProcess() {
        return "process " + ProcessHandle.current().pid() + " of " + System.getProperty("user.name") + " on "
                + hostName() + " since " + Instant.now();
    }

    /**
     * This machine's name, without a name-service lookup (InetAddress can wait seconds on a machine whose own name
     * does not resolve, and every command takes the lock).
     */
    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            return "this machine";
        }
    }

    private static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            int paren = text.indexOf(" ("); // older Tessera wrote the JVM's name after the time
            return text.isEmpty() ? CoreMessages.anotherProcess : paren > 0 ? text.substring(0, paren) : text;
        } catch (IOException e) {
            return CoreMessages.anotherProcess;
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
     * Releases this store's hold; the OS lock goes with the JVM's last user. The file stays: deleting it would let
     * two later openers lock two different files of the same name.
     */
    @Override
    public void close() {
        synchronized (HELD) {
            if (closed) {
                return;
            }
            closed = true;
            Held held = HELD.get(file);
            if (held == null || --held.users > 0) {
                return;
            }
            HELD.remove(file);
            try {
                held.lock.release();
            } catch (IOException e) {
                // the channel's close below releases it too
            }
            close(held.channel);
        }
    }
}
