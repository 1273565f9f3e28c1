package tessera.core.ops;


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
        return r.code(id).orElseThrow(() -> new OperationException("no code with id " + id));
    }

    static Document document(ProjectReader r, long id) {
        return r.document(id).orElseThrow(() -> new OperationException("no document with id " + id));
    }

    static Coding coding(ProjectReader r, long id) {
        return r.coding(id).orElseThrow(() -> new OperationException("no coding with id " + id));
    }

    static String colour(String colour) {
        return tessera.core.model.Colour.parse(colour).map(tessera.core.model.Colour::hex)
                .orElseThrow(() -> new OperationException("colour '" + colour + "' is not of the form #rrggbb or #rgb"));
    }

    static String name(String what, String name) {
        if (name == null || name.isBlank()) {
            throw new OperationException(what + " needs a name");
        }
        return name.strip();
    }

    /** Sibling codes must have distinct names, or paths such as Drivers/Local would be ambiguous. */
    static void freeName(Codebook book, Long parentId, String name, long exceptId) {
        book.child(parentId, name).filter(c -> c.id() != exceptId).ifPresent(c -> {
            throw new OperationException("a code named '" + name + "' already exists"
                    + (parentId == null ? " at the top of the codebook" : " under " + book.path(parentId)));
        });
    }

    static void range(Document doc, int start, int end) {
        if (start < 0 || end <= start || end > doc.length()) {
            throw new OperationException("range [" + start + ", " + end + ") does not lie within '" + doc.name()
                    + "', which has " + doc.length() + " characters (code points; start inclusive, end exclusive, start < end)");
        }
    }
}
