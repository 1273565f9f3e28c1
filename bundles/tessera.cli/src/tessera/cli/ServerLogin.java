package tessera.cli;

import java.io.Console;

import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.ServerAddress;
import tessera.core.store.StoreException;

/**
 * Opens a team project from the command line. The password comes from the address, .pgpass or pg_service.conf
 * as in libpq, or $PGPASSWORD; when the server still asks for one and a terminal is there, it is asked for
 * without echo. It never appears in the output.
 */
final class ServerLogin {

    private ServerLogin() {
    }

    /** The address with $PGPASSWORD as its password when it has none of its own. */
    static ServerAddress withEnvironment(ServerAddress address) {
        String env = System.getenv("PGPASSWORD");
        return address.password() == null && env != null && !env.isEmpty() ? address.withPassword(env) : address;
    }

    static ProjectStore open(ServerAddress address, String coder, CliContext ctx) {
        ServerAddress first = withEnvironment(address);
        try {
            return ProjectStores.open(first, coder);
        } catch (StoreException e) {
            Console console = System.console();
            if (e.reason() != StoreException.Reason.LOGIN || first.password() != null || console == null) {
                throw e;
            }
            char[] typed = console.readPassword("password for %s: ", address);
            if (typed == null) {
                throw e;
            }
            return ProjectStores.open(address.withPassword(new String(typed)), coder);
        }
    }
}
