package tessera.core.store;

/** {@link OperationsTest} on a PostgreSQL server. */
class ServerOperationsTest extends OperationsTest {

    @Override
    Backend backend() {
        return Backend.SERVER;
    }
}
