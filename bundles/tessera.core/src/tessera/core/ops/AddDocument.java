package tessera.core.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Document;
import tessera.core.model.Label;
import tessera.core.model.OriginalFile;
import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/**
 * Adds a document whose plain text is already decoded and normalised (see {@code tessera.core.text}). The text
 * is kept once per content, so removing and restoring a document never copies it; so is the original file, when
 * one is given, and page starts (code points) for formats with pages.
 */
public record AddDocument(String name, String text, String language, String sourceFormat, OriginalFile original,
        List<Integer> pageStarts, boolean renameIfTaken) implements Operation {

    public AddDocument(String name, String text, String language, String sourceFormat) {
        this(name, text, language, sourceFormat, null, List.of());
    }

    public AddDocument(String name, String text, String language, String sourceFormat, OriginalFile original,
            List<Integer> pageStarts) {
        this(name, text, language, sourceFormat, original, pageStarts, false);
    }

    /**
     * The same document, named {@code name (2)}, {@code name (3)} ... when its name is taken: two folders' notes.txt
     * are two documents. The free name is chosen inside the transaction, so two imports never pick the same one.
     */
    public AddDocument renamingIfTaken() {
        return new AddDocument(name, text, language, sourceFormat, original, pageStarts, true);
    }

    @Override
    public String type() {
        return "document.add";
    }

    @Override
    public Label label() {
        return Label.of("document.add", name);
    }

    @Override
    public void apply(Tx tx) {
        insert(tx, Tx.newGuid());
    }

    /**
     * Adds the document under a given GUID (a merge keeps the other project's); returns its id. The name is made
     * free as {@link #renamingIfTaken()} says, when asked.
     */
    public long insert(Tx tx, String guid) {
        String n = freeName(tx, Checks.name(CoreMessages.thingDocument, name), renameIfTaken);
        int length = text.codePointCount(0, text.length());
        checkPages(pageStarts, length);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("guid", guid);
        row.put("name", n);
        row.put("content_hash", tx.putText(text));
        row.put("language", language == null ? "und" : language);
        row.put("source_format", sourceFormat == null ? "txt" : sourceFormat);
        row.put("imported_at", tx.nowText());
        row.put("length_cp", length);
        row.put("original_name", original == null ? null : original.name());
        row.put("original_hash", original == null ? null : tx.putOriginal(original.content()));
        row.put("page_starts", Document.encodePages(pageStarts));
        return tx.insert(Table.DOCUMENT, row);
    }

    /** {@code name}, or when it is taken and {@code rename} is set the first free {@code name (2)}, {@code name (3)}. */
    static String freeName(Tx tx, String name, boolean rename) {
        String n = name;
        for (int i = 2; tx.documentByName(n).isPresent(); i++) { // one look-up for a free name
            if (!rename) {
                throw new OperationException(NLS.bind(CoreMessages.documentNameTaken, n));
            }
            n = name + " (" + i + ")";
        }
        return n;
    }

    /** Page starts must rise from 0 and stay inside the text. */
    static void checkPages(List<Integer> starts, int length) {
        int previous = -1;
        for (int s : starts == null ? List.<Integer>of() : starts) {
            if (s <= previous || s > length || (previous < 0 && s != 0)) {
                throw new OperationException(NLS.bind(CoreMessages.pageStarts, starts, length));
            }
            previous = s;
        }
    }

    /** The log records the document's name and size, not its text or file, which the store keeps by hash. */
    @Override
    public Object arguments() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("name", name);
        args.put("length", text.length());
        args.put("language", String.valueOf(language));
        args.put("sourceFormat", String.valueOf(sourceFormat));
        if (original != null) {
            args.put("original", original.name());
            args.put("originalBytes", original.content().length);
        }
        if (pageStarts != null && !pageStarts.isEmpty()) {
            args.put("pages", pageStarts.size());
        }
        return args;
    }
}
