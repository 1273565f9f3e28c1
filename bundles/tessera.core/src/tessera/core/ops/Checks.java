package tessera.core.ops;


import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.model.Coding;
import tessera.core.model.Document;
import tessera.core.store.OperationException;
import tessera.core.store.ProjectReader;

/** Look-ups and rules shared by operations, each failing with a message that names what is wrong. */
final class Checks {


    /** A palette of distinct, readable highlight colours for new codes. */
    static final String[] PALETTE = {"#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#46a0a0", "#f032e6",
        "#9a6324", "#808000", "#000075", "#e6a817", "#008080"};

    private Checks() {
    }

    static Code code(ProjectReader r, long id) {
        return r.code(id).orElseThrow(() -> new OperationException(NLS.bind(CoreMessages.noCode, id)));
    }

    static Document document(ProjectReader r, long id) {
        return r.document(id).orElseThrow(() -> new OperationException(NLS.bind(CoreMessages.noDocument, id)));
    }

    static Coding coding(ProjectReader r, long id) {
        return r.coding(id).orElseThrow(() -> new OperationException(NLS.bind(CoreMessages.noCoding, id)));
    }

    static String colour(String colour) {
        return tessera.core.model.Colour.parse(colour).map(tessera.core.model.Colour::hex)
                .orElseThrow(() -> new OperationException(NLS.bind(CoreMessages.badColour, colour)));
    }

    static String name(String what, String name) {
        if (name == null || name.isBlank()) {
            throw new OperationException(NLS.bind(CoreMessages.needsName, what));
        }
        return name.strip();
    }

    /** Sibling codes must have distinct names, or paths such as Drivers/Local would be ambiguous. */
    static void freeName(Codebook book, Long parentId, String name, long exceptId) {
        book.child(parentId, name).filter(c -> c.id() != exceptId).ifPresent(c -> {
            throw new OperationException(parentId == null ? NLS.bind(CoreMessages.codeNameTakenTop, name)
                    : NLS.bind(CoreMessages.codeNameTakenUnder, name, book.path(parentId)));
        });
    }

    static void range(Document doc, int start, int end) {
        if (start < 0 || end <= start || end > doc.length()) {
            throw new OperationException(NLS.bind(CoreMessages.rangeOutside,
                    new Object[] {start, end, doc.name(), doc.length()}));
        }
    }
}
