package tessera.core.store;

/** {@link UndoRedoTest} on a PostgreSQL server. */
class ServerUndoRedoTest extends UndoRedoTest {

    @Override
    Backend backend() {
        return Backend.SERVER;
    }
}
