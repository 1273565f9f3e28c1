package tessera.core.ops;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.model.ItemSet;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/**
 * Merges a codebook from another project or tool (a REFI-QDA .qdc) into this one, in one undoable step. A code
 * is the same as one of the project's when it has the same GUID, or else the same name under the same parent;
 * what matches keeps its place, name and colour and gains a description only where it had none. Everything else
 * is added with its GUID, hierarchy, colour and description. Code sets are merged by name.
 */
public record MergeCodebook(String source, List<ImportProject.CodeNode> codes, List<ImportProject.SetDef> sets)
        implements Operation {

    @Override
    public String type() {
        return "codebook.merge";
    }

    @Override
    public Label label() {
        return Label.of("codebook.merge", source);
    }

    @Override
    public Object arguments() {
        return Map.of("source", source, "codes", codes.size(), "sets", sets.size());
    }

    @Override
    public void apply(Tx tx) {
        Map<String, Long> ids = new HashMap<>();
        for (ImportProject.CodeNode node : codes) {
            merge(tx, node, null, ids);
        }
        for (ImportProject.SetDef set : sets) {
            mergeSet(tx, set, ids);
        }
    }

    private static void merge(Tx tx, ImportProject.CodeNode node, Long parent, Map<String, Long> ids) {
        Codebook book = tx.codebook();
        Optional<Code> same = book.inOrder().stream().filter(c -> c.guid().equalsIgnoreCase(node.guid())).findFirst()
                .or(() -> book.child(parent, node.name()));
        long id;
        if (same.isPresent()) {
            id = same.get().id();
            if (same.get().description().isBlank() && !node.description().isBlank()) {
                tx.update(Table.CODE, id, Map.of("description", node.description()));
            }
        } else {
            id = CodeRows.insert(tx, node.guid(), parent, node.name(), node.colour(), node.description(),
                    node.codable(), CodeRows.nextOrder(book, parent));
        }
        ids.put(node.guid(), id);
        for (ImportProject.CodeNode child : node.children()) {
            merge(tx, child, id, ids);
        }
    }

    private static void mergeSet(Tx tx, ImportProject.SetDef set, Map<String, Long> ids) {
        Optional<ItemSet> same = tx.sets().stream().filter(s -> s.name().equals(set.name())).findFirst();
        long id;
        List<Long> present;
        if (same.isPresent()) {
            id = same.get().id();
            present = same.get().codeIds();
        } else {
            boolean guidTaken = tx.sets().stream().anyMatch(s -> s.guid().equalsIgnoreCase(set.guid()));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("guid", guidTaken ? Tx.newGuid() : set.guid());
            row.put("name", set.name());
            row.put("description", set.description());
            id = tx.insert(Table.SET, row);
            present = List.of();
        }
        java.util.Set<Long> members = new java.util.HashSet<>(present);
        for (String guid : set.members()) {
            Long code = ids.get(guid);
            if (code != null && members.add(code)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("set_id", id);
                m.put("document_id", null);
                m.put("code_id", code);
                tx.insert(Table.SET_MEMBER, m);
            }
        }
    }
}
