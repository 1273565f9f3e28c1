package tessera.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Team project addresses as libpq writes them, and a password that never shows. */
class ServerAddressTest {

    @Test
    void theFormsLibpqWrites() {
        ServerAddress full = ServerAddress.parse("postgresql://li:s%40cret@db.example.org:5433/city_diplomacy");
        assertEquals("db.example.org", full.host());
        assertEquals(5433, full.port());
        assertEquals("city_diplomacy", full.database());
        assertEquals("li", full.user());
        assertEquals("s@cret", full.password());
        assertEquals("jdbc:postgresql://db.example.org:5433/city_diplomacy", full.jdbcUrl());
        assertEquals("li", full.properties().getProperty("user"));

        ServerAddress service = ServerAddress.parse("postgresql:///?service=team");
        assertNull(service.host());
        assertNull(service.database());
        assertEquals("team", service.properties().getProperty("service"));

        ServerAddress plain = ServerAddress.parse("postgres://localhost/p");
        assertNull(plain.user());
        assertNull(plain.port());
        assertTrue(ServerAddress.isServer("postgresql://h/d"));
        assertFalse(ServerAddress.isServer("/home/li/study.tessera"));
    }

    @Test
    void thePasswordNeverShows() {
        ServerAddress a = ServerAddress.parse("postgresql://li:hunter2@h:5432/d?sslmode=require&password=other");
        assertEquals("postgresql://li@h:5432/d?sslmode=require", a.toString());
        assertEquals("other", a.password(), "a password parameter is a password too");
        assertFalse(a.toString().contains("hunter2") || a.toString().contains("other"));
        StoreException e = assertThrows(StoreException.class,
                () -> ServerAddress.parse("postgresql://li:hunter2@h:port/d"));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertTrue(e.getMessage().contains("'port' is not a port number"), e.getMessage());
    }

    @Test
    void malformedAddressesSayWhatIsWrong() {
        assertTrue(assertThrows(StoreException.class, () -> ServerAddress.parse("postgresql://h"))
                .getMessage().contains("names no database"));
        assertTrue(assertThrows(StoreException.class, () -> ServerAddress.parse("postgresql://h:70000/d"))
                .getMessage().contains("'70000' is not a port number"));
        assertTrue(assertThrows(StoreException.class, () -> ServerAddress.parse("postgresql://h/d?sslmode"))
                .getMessage().contains("'sslmode' is not NAME=VALUE"));
    }
}
