package tessera.core.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/**
 * Adds a document whose plain text is already decoded and normalised (see {@code tessera.core.text}). The text
 * is kept once per content, so removing and restoring a document never copies it.
 */
public record AddDocument(String name, String text, String language, String sourceFormat) implements Operation {

    @Override
    public String type() {
        return "document.add";
    }

    @Override
    public String describe() {
        return "Add document \"" + name + "\"";
    }

    @Override
    public void apply(Tx tx) {
        String n = Checks.name("a document", name);
        if (tx.documentByName(n).isPresent()) {
            throw new OperationException("a document named '" + n + "' is already in the project");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("guid", Tx.newGuid());
        row.put("name", n);
        row.put("content_hash", tx.putText(text));
        row.put("language", language == null ? "und" : language);
        row.put("source_format", sourceFormat == null ? "txt" : sourceFormat);
        row.put("imported_at", tx.nowText());
        row.put("length_cp", text.codePointCount(0, text.length()));
        tx.insert(Table.DOCUMENT, row);
    }

    /** The log records the document's name and size, not its text, which the store keeps by hash. */
    @Override
    public Object arguments() {
        return Map.of("name", name, "length", text.length(), "language", String.valueOf(language),
                "sourceFormat", String.valueOf(sourceFormat));
    }
}
