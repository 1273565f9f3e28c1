package tessera.core.ops;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.AttributeType;
import tessera.core.model.Label;
import tessera.core.model.OriginalFile;
import tessera.core.store.Operation;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/**
 * Brings a whole project from another tool (a REFI-QDA project, already read and checked) into this one in one
 * transaction, keeping every GUID: users, codes, attributes, documents with their values and original files,
 * codings, memos and sets. One
 * undo takes it all back; a failure leaves the project as it was.
 */
public record ImportProject(String source, Model model) implements Operation {

    public record Model(List<User> users, List<CodeNode> codes, List<Variable> variables, List<Source> sources,
            List<Note> notes, List<SetDef> sets) {
    }

    /** A set; its members are GUIDs of sources and codes of the model. */
    public record SetDef(String guid, String name, String description, List<String> members) {
    }

    public record User(String guid, String name) {
    }

    public record CodeNode(String guid, String name, boolean codable, String colour, String description,
            List<CodeNode> children) {
    }

    public record Variable(String guid, String name, AttributeType type) {
    }

    /**
     * A document; {@code values} maps variable GUIDs to canonical values; {@code original} may be null. The original
     * is read when the import writes it, one at a time: a project from NVivo or MAXQDA carries a Word file for every
     * source, too many to hold together.
     */
    public record Source(String guid, String name, String text, String language, Map<String, String> values,
            List<Selection> selections, Supplier<OriginalFile> original) {
    }

    /** A coding: [start, end) in code points of the source's text, its code and user by GUID. */
    public record Selection(String codingGuid, int start, int end, String codeGuid, String userGuid, Instant created) {
    }

    /** A memo on the project ({@code targetGuid} null) or on the source, code or coding with that GUID. */
    public record Note(String guid, String text, String userGuid, String targetGuid, Instant created) {
    }

    @Override
    public String type() {
        return "project.import";
    }

    @Override
    public Label label() {
        return Label.of("project.import", source);
    }

    @Override
    public Object arguments() {
        return Map.of("source", source, "documents", model.sources().size(), "codes", count(model.codes()),
                "notes", model.notes().size(), "sets", model.sets().size());
    }

    private static int count(List<CodeNode> codes) {
        return codes.stream().mapToInt(c -> 1 + count(c.children())).sum();
    }

    @Override
    public void apply(Tx tx) {
        refuseClashes(tx);
        Map<String, Long> users = new HashMap<>();
        for (User u : model.users()) {
            Long id = tx.coderByName(u.name()).map(c -> c.id()).orElse(null);
            if (id == null) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("guid", u.guid());
                row.put("name", u.name());
                id = tx.insert(Table.CODER, row);
            }
            users.put(u.guid(), id);
        }
        Map<String, Long> codes = new HashMap<>();
        int order = tx.codebook().roots().stream().mapToInt(c -> c.order() + 1).max().orElse(0);
        for (CodeNode c : model.codes()) {
            insertCode(tx, c, null, order++, codes);
        }
        Map<String, Long> variables = new HashMap<>();
        int attributeOrder = tx.attributes().size();
        for (Variable v : model.variables()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("guid", v.guid());
            row.put("name", v.name());
            row.put("type", v.type().name());
            row.put("sort_order", attributeOrder++);
            variables.put(v.guid(), tx.insert(Table.ATTRIBUTE, row));
        }
        Map<String, Long> targets = new HashMap<>(codes);
        for (Source s : model.sources()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("guid", s.guid());
            row.put("name", s.name());
            row.put("content_hash", tx.putText(s.text()));
            row.put("language", s.language());
            row.put("source_format", "qdpx");
            row.put("imported_at", tx.nowText());
            row.put("length_cp", s.text().codePointCount(0, s.text().length()));
            OriginalFile original = s.original() == null ? null : s.original().get();
            row.put("original_name", original == null ? null : original.name());
            row.put("original_hash", original == null ? null : tx.putOriginal(original.content()));
            long doc = tx.insert(Table.DOCUMENT, row);
            targets.put(s.guid(), doc);
            for (Map.Entry<String, String> v : s.values().entrySet()) {
                Map<String, Object> value = new LinkedHashMap<>();
                value.put("document_id", doc);
                value.put("attribute_id", variables.get(v.getKey()));
                value.put("value", v.getValue());
                tx.insert(Table.ATTRIBUTE_VALUE, value);
            }
            for (Selection sel : s.selections()) {
                Map<String, Object> coding = new LinkedHashMap<>();
                coding.put("guid", sel.codingGuid());
                coding.put("document_id", doc);
                coding.put("code_id", codes.get(sel.codeGuid()));
                coding.put("coder_id", sel.userGuid() != null && users.containsKey(sel.userGuid())
                        ? users.get(sel.userGuid()) : tx.coderId());
                coding.put("start_cp", sel.start());
                coding.put("end_cp", sel.end());
                coding.put("created_at", (sel.created() != null ? sel.created() : tx.now()).toString());
                targets.put(sel.codingGuid(), tx.insert(Table.CODING, coding));
            }
        }
        insertSets(tx, targets);
        for (Note n : model.notes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("guid", n.guid());
            Long target = n.targetGuid() == null ? null : targets.get(n.targetGuid());
            Table kind = target == null ? null : kindOf(n.targetGuid(), codes, model);
            row.put("document_id", kind == Table.DOCUMENT ? target : null);
            row.put("code_id", kind == Table.CODE ? target : null);
            row.put("coding_id", kind == Table.CODING ? target : null);
            row.put("coder_id", n.userGuid() != null && users.containsKey(n.userGuid()) ? users.get(n.userGuid())
                    : tx.coderId());
            row.put("text", n.text());
            String at = (n.created() != null ? n.created() : tx.now()).toString();
            row.put("created_at", at);
            row.put("modified_at", at);
            tx.insert(Table.MEMO, row);
        }
    }

    private void insertSets(Tx tx, Map<String, Long> targets) {
        for (SetDef set : model.sets()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("guid", set.guid());
            row.put("name", set.name());
            row.put("description", set.description());
            long id = tx.insert(Table.SET, row);
            for (String member : new java.util.LinkedHashSet<>(set.members())) {
                Long target = targets.get(member);
                if (target == null) {
                    continue; // the reader reports members it cannot find
                }
                boolean document = model.sources().stream().anyMatch(s -> s.guid().equals(member));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("set_id", id);
                m.put("document_id", document ? target : null);
                m.put("code_id", document ? null : target);
                tx.insert(Table.SET_MEMBER, m);
            }
        }
    }

    /** GUIDs and names already in the project: the same file imported twice, or a clash, is refused whole. */
    private void refuseClashes(Tx tx) {
        java.util.Set<String> guids = new java.util.HashSet<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        tx.documents().forEach(d -> {
            guids.add(d.guid());
            names.add(d.name());
        });
        tx.codebook().inOrder().forEach(c -> guids.add(c.guid()));
        for (Source s : model.sources()) {
            if (guids.contains(s.guid())) {
                throw new tessera.core.store.OperationException(NLS.bind(CoreMessages.importedBefore,
                        s.name(), s.guid()));
            }
            if (names.contains(s.name())) {
                throw new tessera.core.store.OperationException(NLS.bind(
                        CoreMessages.importDocumentNameTaken, s.name()));
            }
        }
        for (CodeNode c : model.codes()) {
            if (guids.contains(c.guid()) || tx.codebook().child(null, c.name()).isPresent()) {
                throw new tessera.core.store.OperationException(NLS.bind(CoreMessages.importCodeTaken,
                        c.name()));
            }
        }
        java.util.Set<String> setNames = new java.util.HashSet<>();
        tx.sets().forEach(set -> setNames.add(set.name()));
        for (SetDef set : model.sets()) {
            if (setNames.contains(set.name())) {
                throw new tessera.core.store.OperationException(NLS.bind(CoreMessages.importSetTaken,
                        set.name()));
            }
        }
        for (Variable v : model.variables()) {
            if (tx.attributeByName(v.name()).isPresent()) {
                throw new tessera.core.store.OperationException(NLS.bind(
                        CoreMessages.importAttributeTaken, v.name()));
            }
        }
    }

    private static Table kindOf(String guid, Map<String, Long> codes, Model model) {
        if (codes.containsKey(guid)) {
            return Table.CODE;
        }
        return model.sources().stream().anyMatch(s -> s.guid().equals(guid)) ? Table.DOCUMENT : Table.CODING;
    }

    private static void insertCode(Tx tx, CodeNode c, Long parent, int order, Map<String, Long> ids) {
        long id = CodeRows.insert(tx, c.guid(), parent, c.name(), c.colour(), c.description(), c.codable(), order);
        ids.put(c.guid(), id);
        int i = 0;
        for (CodeNode child : c.children()) {
            insertCode(tx, child, id, i++, ids);
        }
    }
}
