package tessera.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;

/**
 * Waits for another client's change to a team project: a connection of its own LISTENs on the channel the log's
 * trigger NOTIFYs, so a waiting client wakes as soon as an entry is committed, without polling the server.
 */
final class ChangeWaiter implements AutoCloseable {

    private final ServerAddress address;
    private Connection listening;

    ChangeWaiter(ServerAddress address) {
        this.address = address;
    }

    /** Whether a change was announced within the time; false when the time ran out. */
    synchronized boolean await(long millis) throws InterruptedException {
        try {
            if (listening == null) {
                listening = PostgresProjects.connect(address);
                try (Statement s = listening.createStatement()) {
                    s.execute("LISTEN " + PostgresDialect.CHANNEL);
                }
            }
            var notes = listening.unwrap(PGConnection.class).getNotifications((int) Math.max(1, millis));
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            return notes != null && notes.length > 0;
        } catch (SQLException e) {
            close();
            throw Sql.failure(e);
        }
    }

    @Override
    public synchronized void close() {
        JdbcProjectStore.closeQuietly(listening);
        listening = null;
    }
}
