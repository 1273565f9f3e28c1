package tessera.core.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import tessera.core.model.Label;
import tessera.core.model.MemoTarget;
import tessera.core.store.Operation;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/** Writes a memo on the project, a document, a code or a coding, as the named coder or the store's. */
public record AddMemo(MemoTarget target, String text, String coder) implements Operation {

    /** A memo by the store's coder. */
    public AddMemo(MemoTarget target, String text) {
        this(target, text, null);
    }

    @Override
    public String type() {
        return "memo.add";
    }

    @Override
    public Label label() {
        return Label.of("memo.add");
    }

    @Override
    public void apply(Tx tx) {
        switch (target.kind()) {
            case DOCUMENT -> Checks.document(tx, target.id());
            case CODE -> Checks.code(tx, target.id());
            case CODING -> Checks.coding(tx, target.id());
            case PROJECT -> { }
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("guid", Tx.newGuid());
        row.put("document_id", target.kind() == MemoTarget.Kind.DOCUMENT ? target.id() : null);
        row.put("code_id", target.kind() == MemoTarget.Kind.CODE ? target.id() : null);
        row.put("coding_id", target.kind() == MemoTarget.Kind.CODING ? target.id() : null);
        row.put("coder_id", tx.coderId(coder));
        row.put("text", text == null ? "" : text);
        row.put("created_at", tx.nowText());
        row.put("modified_at", tx.nowText());
        tx.insert(Table.MEMO, row);
    }
}
