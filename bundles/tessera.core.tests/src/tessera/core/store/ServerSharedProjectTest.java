package tessera.core.store;

/** {@link SharedProjectTest} on a PostgreSQL server: several coders' stores on one database at once. */
class ServerSharedProjectTest extends SharedProjectTest {

    @Override
    Backend backend() {
        return Backend.SERVER;
    }
}
