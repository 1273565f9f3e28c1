package tessera.exchange.refi;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tessera.core.store.Tx;

/**
 * The GUIDs an import has taken, per kind of row. The project keeps each GUID once per kind, so when a file gives
 * two sources (or codings, notes, users, variables, sets) the same GUID, the later one is left out and reported,
 * instead of the whole import failing on the project's rule; a row without a GUID gets a new one.
 */
final class RefiGuids {

    private final Map<String, Set<String>> taken = new HashMap<>();

    /** The GUID to keep for a row of this kind (a new one when it has none), or null when an earlier row has it. */
    String take(String kind, String guid) {
        String g = guid.isEmpty() ? Tx.newGuid() : guid;
        return taken.computeIfAbsent(kind, k -> new HashSet<>()).add(g) ? g : null;
    }
}
