package tessera.core.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An open project. Reads see the committed state; every change is an {@link Operation} committed in one
 * transaction with its change-log entry; undo and redo walk that log. Several processes may have a project open at
 * once (the workbench and command-line commands): each write first takes in the others' changes, and
 * {@link #refresh()} does so between writes, so that every process follows the one change log.
 */
public interface ProjectStore extends ProjectReader, AutoCloseable {

    Path path();

    /** The project as people name it: its file, or its server's address (never with a password). */
    default String location() {
        return path().toString();
    }

    /** The coder that operations are recorded under unless they name another. */
    String coderName();

    /** Records later operations under another coder, e.g. when the workbench user sets their name. */
    void setCoderName(String name);

    Applied apply(Operation operation);

    /**
     * Applies operations in order, each as its own change-log entry (its own undo step), and commits them in one
     * transaction: how bulk work (a batch file, an import of many files) goes fast and still keeps, after a crash,
     * every chunk it finished whole. An operation that fails is taken back alone (the chunk runs again with a
     * savepoint around each operation) and handed to {@code failed} with its index; the others stand. Listeners
     * hear of the applied entries after the commit.
     *
     * @return the applied entries, in order (operations that changed nothing are left out)
     */
    java.util.List<Applied> applyEach(java.util.List<? extends Operation> operations, OperationFailures failed);

    boolean canUndo();

    boolean canRedo();

    /** The description of the operation {@link #undo()} would reverse. */
    Optional<String> undoLabel();

    Optional<String> redoLabel();

    /** Reverses the newest operation not yet undone, as a new UNDO entry of the log. */
    Optional<Applied> undo();

    /** Repeats the newest undone operation, as a new REDO entry of the log. */
    Optional<Applied> redo();

    /** The row changes of a change-log entry, for followers such as the search index. */
    java.util.List<RowChange> changesOf(long seq);

    /**
     * Takes in the changes other processes committed since this store last looked: the undo and redo stacks follow
     * them, and the listeners hear of each, in order. Returns how many there were.
     */
    int refresh();

    void addListener(ChangeListener listener);

    void removeListener(ChangeListener listener);

    /**
     * Writes a consistent copy of the project to a new file (to hand to a coder, or to keep), also while other
     * processes write to it: the copy is the project as one committed state. Refuses an existing file.
     */
    void copyTo(Path destination);

    /** SQLite's integrity check: "ok" or the problems it found. */
    String integrityCheck();

    @Override
    void close();

    /**
     * Waits until another process may have committed a change (then {@link #refresh()} takes it in), or the time
     * is up. A team project on a server is told at once; a file is looked at again after a short while.
     *
     * @return whether a change was announced (a file always says it may have been)
     */
    default boolean awaitChange(long millis) throws InterruptedException {
        Thread.sleep(Math.min(millis, 200));
        return true;
    }
}
