package tessera.core.store;

import java.sql.SQLException;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;

/** A server's refusals in one clear line each: no such database, a failed login, a server out of reach. */
final class ServerFailures {

    private ServerFailures() {
    }

    static StoreException of(SQLException e, ServerAddress address) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("3D000")) {
            return new StoreException(StoreException.Reason.NOT_FOUND, NLS.bind(CoreMessages.noDatabase, address), e);
        }
        if (state.equals("08004") && firstLine(e).contains("password")) {
            return new StoreException(StoreException.Reason.LOGIN, NLS.bind(CoreMessages.passwordNeeded, address), e);
        }
        if (state.startsWith("28")) {
            return new StoreException(StoreException.Reason.LOGIN, NLS.bind(CoreMessages.loginFailed, address), e);
        }
        if (state.startsWith("08")) {
            return new StoreException(StoreException.Reason.IO, NLS.bind(CoreMessages.serverUnreachable, address,
                    firstLine(e)), e);
        }
        return new StoreException(StoreException.Reason.IO, NLS.bind(CoreMessages.cannotOpen, address, firstLine(e)), e);
    }

    /**
     * A lost connection in the middle of work: a broken link (08...), or the server shutting down or restarting,
     * or an administrator ending the session (57P01-57P03).
     */
    static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
