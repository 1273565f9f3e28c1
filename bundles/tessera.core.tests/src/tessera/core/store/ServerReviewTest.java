package tessera.core.store;

/** {@link ReviewTest} on a PostgreSQL server. */
class ServerReviewTest extends ReviewTest {

    @Override
    Backend backend() {
        return Backend.SERVER;
    }
}
