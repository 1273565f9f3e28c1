package tessera.core.store;

import tessera.core.model.Label;

/**
 * A change to a project. The store runs {@link #apply(Tx)} in one transaction together with the change-log
 * entry that records it; the rows it writes through the {@link Tx} make it undoable. Operations are records
 * so that their arguments are written to the log as they were given.
 */
public interface Operation {

    /** A stable name for the log, such as {@code code.create}. */
    String type();

    /** What the change is called in the log and the Undo menu, in any language: {@code Create code "Local"}. */
    Label label();

    /** The label in English, as the change log's summary keeps it. */
    default String describe() {
        return label().english();
    }

    /** The arguments written to the change log; by default the operation record itself. */
    default Object arguments() {
        return this;
    }

    /**
     * Makes the change.
     *
     * @throws OperationException when the project does not allow it; nothing is then written
     */
    void apply(Tx tx);
}
