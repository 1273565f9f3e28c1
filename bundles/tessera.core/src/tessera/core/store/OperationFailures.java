package tessera.core.store;

/** Told of each operation of a {@link ProjectStore#applyEach bulk apply} that failed and was taken back alone. */
@FunctionalInterface
public interface OperationFailures {

    /** @param index the operation's place in the list given to applyEach */
    void failed(int index, StoreException failure);
}
