package tessera.core.ops;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Codebook;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.Tx;

/** Adds a code at the end of its parent's children (or of the top level); a null colour takes the next palette colour. */
public record CreateCode(Long parentId, String name, String colour, String description, boolean codable)
        implements Operation {

    public CreateCode(Long parentId, String name) {
        this(parentId, name, null, "", true);
    }

    @Override
    public String type() {
        return "code.create";
    }

    @Override
    public Label label() {
        return Label.of("code.create", name);
    }

    @Override
    public void apply(Tx tx) {
        Codebook book = tx.codebook();
        String n = Checks.name(CoreMessages.thingCode, name);
        if (parentId != null) {
            Checks.code(tx, parentId);
        }
        Checks.freeName(book, parentId, n, -1);
        CodeRows.insert(tx, Tx.newGuid(), parentId, n, colour == null ? unusedColour(book) : Checks.colour(colour),
                description == null ? "" : description, codable, CodeRows.nextOrder(book, parentId));
    }

    /**
     * The first palette colour no code has yet, so that a new code stands out from the others; once all are taken,
     * the palette starts again.
     */
    public static String unusedColour(tessera.core.model.Codebook book) {
        java.util.Set<String> used = new java.util.HashSet<>();
        book.inOrder().forEach(c -> used.add(c.colour().toLowerCase(java.util.Locale.ROOT)));
        for (String c : Checks.PALETTE) {
            if (!used.contains(c)) {
                return c;
            }
        }
        return paletteColour(book.size());
    }

    /** The n-th colour of the palette new codes take, e.g. for codes imported without one. */
    public static String paletteColour(int n) {
        return Checks.PALETTE[Math.floorMod(n, Checks.PALETTE.length)];
    }
}
