package tessera.core.store;

/** {@link OriginalsAndSetsTest} on a PostgreSQL server: original files as BYTEA, sets and codebook merges. */
class ServerOriginalsAndSetsTest extends OriginalsAndSetsTest {

    @Override
    Backend backend() {
        return Backend.SERVER;
    }
}
