package tessera.core.store;

/** {@link InVivoAndCoderTest} on a PostgreSQL server. */
class ServerInVivoAndCoderTest extends InVivoAndCoderTest {

    @Override
    Backend backend() {
        return Backend.SERVER;
    }
}
