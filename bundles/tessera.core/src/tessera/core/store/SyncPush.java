package tessera.core.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Label;

/**
 * An offline copy's own changes replayed onto the server, as one operation there: rows named by GUID (then by name,
 * as a merge matches them), references translated from the copy's ids to the server's, texts carried by content
 * hash. A column the server changed too keeps the server's value, a row the server removed stays removed, and each
 * such conflict is reported; nothing the server's coders did is overwritten.
 */
final class SyncPush implements tessera.core.store.Operation {

    /** Which table each reference column points into. */
    private static final Map<String, Table> REFERENCES = Map.of("document_id", Table.DOCUMENT, "code_id", Table.CODE,
            "coder_id", Table.CODER, "coding_id", Table.CODING, "parent_id", Table.CODE, "attribute_id",
            Table.ATTRIBUTE, "set_id", Table.SET);

    private final List<RowChange> changes;
    private final SqlReader copy;
    /** The copy's rows' GUIDs, also of rows it removed since: "table:id" -> GUID. */
    private final Map<String, String> copyGuids = new HashMap<>();
    /** The copy's ids of the rows met so far, to the server's. */
    private final Map<String, Long> serverIds = new HashMap<>();
    private final List<String> conflicts = new ArrayList<>();
    private int applied;

    SyncPush(List<RowChange> changes, SqlReader copy) {
        this.changes = changes;
        this.copy = copy;
        for (RowChange c : changes) {
            for (Map<String, Object> image : java.util.Arrays.asList(c.before(), c.after())) {
                if (image != null && image.get("guid") != null) {
                    copyGuids.put(key(c.table(), c.id()), (String) image.get("guid"));
                }
            }
        }
    }

    @Override
    public String type() {
        return "project.sync";
    }

    @Override
    public Label label() {
        return Label.of("project.sync", changes.size());
    }

    @Override
    public Object arguments() {
        return Map.of("changes", changes.size());
    }

    List<String> conflicts() {
        return conflicts;
    }

    int applied() {
        return applied;
    }

    @Override
    public void apply(Tx tx) {
        for (RowChange c : changes) {
            switch (c.kind()) {
                case INSERT -> insert(tx, c);
                case UPDATE -> update(tx, c);
                case DELETE -> delete(tx, c);
            }
        }
    }

    private void insert(Tx tx, RowChange c) {
        Optional<Long> existing = serverId(tx, c.table(), c.id());
        if (existing.isPresent()) {
            return; // the server has it already (an earlier sync, or the same row merged in)
        }
        Map<String, Object> row = translated(tx, c.table(), c.after(), c);
        if (row == null) {
            return;
        }
        if (c.table() == Table.DOCUMENT) {
            row.put("name", freeName(tx, (String) row.get("name"), (String) row.get("content_hash")));
        }
        Optional<Long> same = sameOnServer(tx, c.table(), row);
        if (same.isPresent()) {
            serverIds.put(key(c.table(), c.id()), same.get());
            return;
        }
        serverIds.put(key(c.table(), c.id()), tx.insert(c.table(), row));
        applied++;
    }

    private void update(Tx tx, RowChange c) {
        Optional<Long> id = serverId(tx, c.table(), c.id());
        if (id.isEmpty()) {
            conflicts.add(NLS.bind(CoreMessages.syncGone, describe(c)));
            return;
        }
        Map<String, Object> before = translated(tx, c.table(), c.before(), c);
        Map<String, Object> after = translated(tx, c.table(), c.after(), c);
        if (before == null || after == null) {
            return;
        }
        Map<String, Object> now = tx.readRow(c.table(), id.get());
        Map<String, Object> set = new LinkedHashMap<>();
        List<String> both = new ArrayList<>();
        for (Map.Entry<String, Object> e : after.entrySet()) {
            String column = e.getKey();
            if (Objects.equals(before.get(column), e.getValue()) || Objects.equals(now.get(column), e.getValue())) {
                continue; // unchanged in the copy, or the server has the same already
            }
            if (Objects.equals(now.get(column), before.get(column))) {
                set.put(column, e.getValue());
            } else {
                both.add(column);
            }
        }
        if (!both.isEmpty()) {
            conflicts.add(NLS.bind(CoreMessages.syncBothChanged, String.join(", ", both), describe(c)));
        }
        if (!set.isEmpty()) {
            tx.update(c.table(), id.get(), set);
            applied++;
        }
    }

    private void delete(Tx tx, RowChange c) {
        Optional<Long> id = serverId(tx, c.table(), c.id());
        if (id.isEmpty()) {
            return; // removed on both sides
        }
        Map<String, Object> before = translated(tx, c.table(), c.before(), c);
        if (before == null) {
            return;
        }
        Map<String, Object> now = new LinkedHashMap<>(tx.readRow(c.table(), id.get()));
        now.keySet().retainAll(before.keySet());
        if (!now.equals(before)) {
            conflicts.add(NLS.bind(CoreMessages.syncChangedOnServer, describe(c)));
            return;
        }
        tx.delete(c.table(), id.get());
        applied++;
    }

    /** A row image with the copy's references made the server's; null (and a conflict) when one is gone there. */
    private Map<String, Object> translated(Tx tx, Table table, Map<String, Object> image, RowChange c) {
        Map<String, Object> out = new LinkedHashMap<>(image);
        for (Map.Entry<String, Object> e : image.entrySet()) {
            Table target = REFERENCES.get(e.getKey());
            if (target != null && e.getValue() != null) {
                Optional<Long> id = serverId(tx, target, ((Number) e.getValue()).longValue());
                if (id.isEmpty()) {
                    conflicts.add(NLS.bind(CoreMessages.syncRefersToGone, describe(c)));
                    return null;
                }
                out.put(e.getKey(), id.get());
            }
        }
        if (table == Table.DOCUMENT) {
            // texts and original files travel by content hash
            copy.queryOne("SELECT text FROM text_content WHERE hash = ?", rs -> rs.getString(1),
                    image.get("content_hash")).ifPresent(tx::putText);
            if (image.get("original_hash") != null) {
                copy.queryOne("SELECT content FROM original_file WHERE hash = ?", rs -> rs.getBytes(1),
                        image.get("original_hash")).ifPresent(tx::putOriginal);
            }
        }
        return out;
    }

    /** The server's id of a copy's row: met before, else by its GUID. */
    private Optional<Long> serverId(Tx tx, Table table, long copyId) {
        Long known = serverIds.get(key(table, copyId));
        if (known != null) {
            return Optional.of(known);
        }
        String guid = copyGuids.computeIfAbsent(key(table, copyId), k -> copy.queryOne("SELECT guid FROM "
                + table.sqlName() + " WHERE id = ?", rs -> rs.getString(1), copyId).orElse(null));
        if (guid == null) {
            return Optional.empty();
        }
        Optional<Long> id = tx.queryOne("SELECT id FROM " + table.sqlName() + " WHERE guid = ?", rs -> rs.getLong(1),
                guid.strip());
        id.ifPresent(v -> serverIds.put(key(table, copyId), v));
        return id;
    }

    /** A row the server made on its own that is the same thing: a coder, attribute or set of the name, and so on. */
    private static Optional<Long> sameOnServer(Tx tx, Table table, Map<String, Object> row) {
        return switch (table) {
            case CODER, ATTRIBUTE, SET -> tx.queryOne("SELECT id FROM " + table.sqlName() + " WHERE name = ?",
                    rs -> rs.getLong(1), row.get("name"));
            case CODE -> tx.queryOne("SELECT id FROM code WHERE name = ? AND " + (row.get("parent_id") == null
                    ? "parent_id IS NULL" : "parent_id = " + row.get("parent_id")), rs -> rs.getLong(1), row.get("name"));
            case DOCUMENT -> tx.queryOne("SELECT id FROM document WHERE content_hash = ?", rs -> rs.getLong(1),
                    row.get("content_hash"));
            case CODING -> tx.codingAt((Long) row.get("document_id"), (Long) row.get("code_id"),
                    (Long) row.get("coder_id"), (Integer) row.get("start_cp"), (Integer) row.get("end_cp"));
            case ATTRIBUTE_VALUE -> tx.attributeValueId((Long) row.get("document_id"), (Long) row.get("attribute_id"));
            case REVIEW -> tx.reviewId((Long) row.get("coding_id"));
            default -> Optional.empty();
        };
    }

    /** The document's name, or when the server has another text under it, that name with a number. */
    private static String freeName(Tx tx, String name, String hash) {
        String candidate = name;
        for (int n = 2; tx.queryOne("SELECT 1 FROM document WHERE name = ? AND content_hash <> ?", rs -> true,
                candidate, hash).isPresent(); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    private static String key(Table table, long id) {
        return table.sqlName() + ":" + id;
    }

    private static String describe(RowChange c) {
        Map<String, Object> image = c.after() != null ? c.after() : c.before();
        Object name = image.get("name") != null ? image.get("name") : image.get("text") != null ? image.get("text")
                : image.get("guid");
        String shown = String.valueOf(name);
        return c.table().sqlName() + " \u201c" + (shown.length() > 40 ? shown.substring(0, 40) + "\u2026" : shown)
                + "\u201d";
    }
}
