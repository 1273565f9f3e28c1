package tessera.core.ops;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/**
 * Overrides the language detected at import (a BCP 47 tag such as zh, ja, ko, en or zh-Hant): it chooses the word
 * segmentation, stemming and stop words the search index and word frequencies use for the document.
 */
public record SetDocumentLanguage(long documentId, String language) implements Operation {

    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");

    @Override
    public String type() {
        return "document.language";
    }

    @Override
    public Label label() {
        return Label.of("document.language", language);
    }

    @Override
    public void apply(Tx tx) {
        Checks.document(tx, documentId);
        String tag = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!TAG.matcher(tag).matches() || tag.length() > 16) {
            throw new OperationException(NLS.bind(CoreMessages.notLanguageTag, language));
        }
        tx.update(Table.DOCUMENT, documentId, Map.of("language", tag));
    }
}
