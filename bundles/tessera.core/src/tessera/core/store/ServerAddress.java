package tessera.core.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;

/**
 * A team project's PostgreSQL address, as libpq writes it: {@code postgresql://[user[:password]@]host[:port]/database}
 * or {@code postgresql:///database?service=NAME}. pg_service.conf and .pgpass are read by the driver as libpq reads
 * them. The password is kept apart from everything shown: {@link #toString()} never contains it.
 */
public record ServerAddress(String host, Integer port, String database, String user, String password,
        Map<String, String> parameters) {

    static final String SCHEME = "postgresql://";

    /** Whether a project location names a server rather than a file. */
    public static boolean isServer(String location) {
        return location != null && (location.startsWith(SCHEME) || location.startsWith("postgres://"));
    }

    /** Reads an address; a malformed one is refused with what is wrong. */
    public static ServerAddress parse(String location) {
        String rest = location.startsWith(SCHEME) ? location.substring(SCHEME.length())
                : location.startsWith("postgres://") ? location.substring("postgres://".length()) : null;
        if (rest == null) {
            throw malformed(location, CoreMessages.addressScheme);
        }
        Map<String, String> params = new LinkedHashMap<>();
        int q = rest.indexOf('?');
        if (q >= 0) {
            for (String kv : rest.substring(q + 1).split("&")) {
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    throw malformed(location, NLS.bind(CoreMessages.addressParameter, kv));
                }
                params.put(decode(kv.substring(0, eq)), decode(kv.substring(eq + 1)));
            }
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String database = slash < 0 ? "" : decode(rest.substring(slash + 1));
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String info = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        String host = authority;
        Integer port = null;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && !authority.endsWith("]")) {
            host = authority.substring(0, colon);
            try {
                port = Integer.valueOf(authority.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw malformed(location, NLS.bind(CoreMessages.addressPort, authority.substring(colon + 1)));
            }
            if (port < 1 || port > 65535) {
                throw malformed(location, NLS.bind(CoreMessages.addressPort, port));
            }
        }
        if (params.containsKey("password")) {
            password = params.remove("password"); // kept apart like one in the user information
        }
        if (database.isEmpty() && !params.containsKey("service")) {
            throw malformed(location, CoreMessages.addressDatabase);
        }
        return new ServerAddress(host.isEmpty() ? null : host, port, database.isEmpty() ? null : database,
                user == null || user.isEmpty() ? null : user, password, Map.copyOf(params));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static StoreException malformed(String location, String why) {
        return new StoreException(StoreException.Reason.INVALID, NLS.bind(CoreMessages.addressMalformed,
                redact(location), why));
    }

    /** The address with any password replaced, for messages about an address that could not be read. */
    static String redact(String location) {
        return location.replaceAll("(://[^/@:]*):[^/@]*@", "$1:***@");
    }

    /** The JDBC URL: everything but the user and password, which go in {@link #properties()}. */
    String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://");
        if (host != null) {
            url.append(host);
            if (port != null) {
                url.append(':').append(port);
            }
        }
        url.append('/');
        if (database != null) {
            url.append(java.net.URLEncoder.encode(database, StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    Properties properties() {
        Properties p = new Properties();
        parameters.forEach(p::setProperty);
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "Tessera");
        return p;
    }

    /** The same address with a password, e.g. one the user typed when asked. */
    public ServerAddress withPassword(String secret) {
        return new ServerAddress(host, port, database, user, secret, parameters);
    }

    /** The address as people see it: never with the password. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(SCHEME);
        if (user != null) {
            s.append(user).append('@');
        }
        if (host != null) {
            s.append(host);
            if (port != null) {
                s.append(':').append(port);
            }
        }
        s.append('/');
        if (database != null) {
            s.append(database);
        }
        if (!parameters.isEmpty()) {
            StringBuilder q = new StringBuilder();
            parameters.forEach((k, v) -> q.append(q.isEmpty() ? "?" : "&").append(k).append('=').append(v));
            s.append(q);
        }
        return s.toString();
    }
}
