package tessera.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;

/**
 * Brings an offline copy of a team project and its server together through the change log, rows named by GUID:
 * the copy's own changes since it was taken are replayed onto the server as one operation there (see
 * {@link SyncPush}), then the copy is replaced by a fresh copy of the server, which holds everyone's changes. A
 * second sync with nothing new on either side changes nothing. The copy must be open nowhere else meanwhile.
 */
public final class ProjectSync {

    /** What a sync did: the copy's changes put onto the server, the server's taken in, and the conflicts. */
    public record Report(int pushed, long pulled, List<String> conflicts) {
    }

    private ProjectSync() {
    }

    /**
     * @param withPassword gives the server's address its password when one is needed (as asked, or from the
     *        environment); the copy keeps the address without it
     */
    public static Report sync(Path copyFile, UnaryOperator<ServerAddress> withPassword, String coder) {
        nobodyElseHas(copyFile);
        ServerAddress address;
        long origin;
        List<RowChange> own = new ArrayList<>();
        int pushed = 0;
        long pulled;
        List<String> conflicts = List.of();
        JdbcProjectStore server = null;
        try (JdbcProjectStore copy = SqliteProjects.open(copyFile, coder)) {
            String where = copy.queryOne("SELECT meta_value FROM meta WHERE meta_key = 'origin'", rs -> rs.getString(1))
                    .orElseThrow(() -> new StoreException(StoreException.Reason.INVALID,
                            NLS.bind(CoreMessages.notAnOfflineCopy, copyFile)));
            origin = Long.parseLong(copy.queryOne("SELECT meta_value FROM meta WHERE meta_key = 'origin_seq'",
                    rs -> rs.getString(1)).orElse("0"));
            address = withPassword.apply(ServerAddress.parse(where));
            String guid = guid(copy);
            copy.query("SELECT payload FROM change_log WHERE seq > ? ORDER BY seq", rs -> own.addAll(
                    RowCodec.fromPayload(rs.getString(1))), origin);
            server = PostgresProjects.open(address, coder);
            if (!guid(server).equals(guid)) {
                throw new StoreException(StoreException.Reason.INVALID, NLS.bind(CoreMessages.otherProject,
                        copyFile, address));
            }
            pulled = server.lastSeq() - origin;
            if (!own.isEmpty()) {
                SyncPush push = new SyncPush(own, copy);
                server.apply(push);
                pushed = push.applied();
                conflicts = List.copyOf(push.conflicts());
            }
        } catch (RuntimeException e) {
            if (server != null) {
                server.close();
            }
            throw e;
        }
        // the copy is closed now: replaced by the server's project, which has its changes and everyone else's
        try (JdbcProjectStore s = server) {
            replace(s, copyFile);
        }
        return new Report(pushed, pulled, conflicts);
    }

    /** Refuses, saying by whom, while the copy is open elsewhere (the workbench, another command). */
    private static void nobodyElseHas(Path copyFile) {
        try {
            ProjectLock.exclusive(copyFile).close();
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.IN_USE) {
                throw e;
            }
            throw new StoreException(StoreException.Reason.IN_USE, NLS.bind(CoreMessages.syncInUse, copyFile,
                    e.getMessage()), e);
        }
    }

    /** The server an offline copy came from (without a password), when the project is one. */
    public static java.util.Optional<String> originOf(ProjectStore project) {
        return project instanceof JdbcProjectStore j && !j.onServer() ? j.queryOne(
                "SELECT meta_value FROM meta WHERE meta_key = 'origin'", rs -> rs.getString(1)) : java.util.Optional.empty();
    }

    private static String guid(JdbcProjectStore store) {
        return store.queryOne("SELECT meta_value FROM meta WHERE meta_key = 'guid'", rs -> rs.getString(1).strip())
                .orElse("");
    }

    /** A fresh copy of the server beside the copy, then in its place; its search index is rebuilt from it. */
    private static void replace(JdbcProjectStore server, Path copyFile) {
        Path fresh = copyFile.resolveSibling("." + copyFile.getFileName() + ".sync");
        try {
            Files.deleteIfExists(fresh);
            ProjectCopy.toFile(server, fresh);
            nobodyElseHas(copyFile);
            Files.move(fresh, copyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            // the search index beside the copy (tessera.index's PROJECT.index) followed the copy's own log
            deleteTree(copyFile.resolveSibling(copyFile.getFileName() + ".index"));
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, NLS.bind(CoreMessages.cannotCreate, copyFile,
                    e.getMessage()), e);
        } finally {
            try {
                Files.deleteIfExists(fresh);
            } catch (IOException e) {
                // the error above says what failed
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
