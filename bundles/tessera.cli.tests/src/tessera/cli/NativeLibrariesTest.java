package tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** SQLite's library is cached under the driver's name and version, wherever Tessera is installed. */
class NativeLibrariesTest {

    private static final String PATH = "!/org/sqlite/native/Linux/x86_64/libsqlitejdbc.so";

    @Test
    void twoInstallsOfOneDriverShareAFolderAndANewDriverGetsItsOwn() {
        String here = NativeLibraries.driverName("jar:file:/opt/tessera/plugins/org.xerial.sqlite-jdbc_3.51.1.0.jar" + PATH);
        String there = NativeLibraries.driverName("jar:file:/home/li/tessera-2/plugins/org.xerial.sqlite-jdbc_3.51.1.0.jar"
                + PATH);
        String newer = NativeLibraries.driverName("jar:file:/opt/tessera/plugins/org.xerial.sqlite-jdbc_3.52.0.0.jar" + PATH);
        assertEquals("org.xerial.sqlite-jdbc_3.51.1.0.jar" + PATH, here);
        assertEquals(here, there);
        assertNotEquals(here, newer);
    }

    @Test
    void anAddressOutsideAJarIsKeptWhole() {
        String address = "file:/work/bundles/driver/org/sqlite/native/Linux/x86_64/libsqlitejdbc.so";
        assertEquals(address, NativeLibraries.driverName(address));
    }
}
