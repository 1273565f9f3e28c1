package tessera.core.store;

/** Told after each committed change-log entry, on the thread that committed it. */
@FunctionalInterface
public interface ChangeListener {
    void changed(Applied applied);
}
