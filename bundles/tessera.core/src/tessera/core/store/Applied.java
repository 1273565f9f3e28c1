package tessera.core.store;

import java.util.List;
import java.util.Optional;

import tessera.core.model.ChangeLogEntry;

/** What one committed change-log entry did: the entry and its row changes, in the order they were made. */
public record Applied(ChangeLogEntry entry, List<RowChange> changes) {

    /** The id of the first row the entry inserted into the table, such as the code an operation created. */
    public Optional<Long> firstInserted(Table table) {
        return changes.stream().filter(c -> c.table() == table && c.kind() == RowChange.Kind.INSERT)
                .map(RowChange::id).findFirst();
    }

    public long inserted(Table table) {
        return firstInserted(table).orElseThrow(() -> new IllegalStateException("nothing inserted into " + table));
    }
}
