package tessera.exchange.refi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

import org.eclipse.osgi.util.NLS;
import org.w3c.dom.Element;

import tessera.core.model.Colour;
import tessera.core.ops.CreateCode;
import tessera.core.ops.ImportProject;
import tessera.exchange.internal.ExchangeMessages;

/**
 * Reads a REFI-QDA {@code Codes} tree, the same in a project and in a .qdc codebook: hierarchy, codability,
 * colours (#RGB widened to #RRGGBB; codes without one take the palette's next colour) and descriptions. Sibling
 * names are made unique, and every rename goes to the report.
 */
final class RefiCodes {

    private final List<String> skipped;
    private final BiConsumer<String, String> noteRef;
    private final Set<String> guids = new HashSet<>();
    private int count;

    /** @param noteRef told (note GUID, code GUID) for each NoteRef inside a code */
    RefiCodes(List<String> skipped, BiConsumer<String, String> noteRef) {
        this.skipped = skipped;
        this.noteRef = noteRef;
    }

    /** The GUIDs of every code read so far. */
    Set<String> guids() {
        return guids;
    }

    List<ImportProject.CodeNode> read(Element parent) {
        List<ImportProject.CodeNode> out = new ArrayList<>();
        Set<String> siblings = new HashSet<>();
        for (Element c : RefiXml.children(parent, "Code")) {
            String guid = RefiXml.guidAttr(c, "guid");
            if (!guids.add(guid)) {
                skipped.add(NLS.bind(ExchangeMessages.guidTwice, c.getAttribute("name"), guid));
                continue;
            }
            for (Element ref : RefiXml.children(c, "NoteRef")) {
                noteRef.accept(RefiXml.guidAttr(ref, "targetGUID"), guid);
            }
            out.add(new ImportProject.CodeNode(guid, unique(c.getAttribute("name"), siblings, skipped),
                    !"false".equals(c.getAttribute("isCodable")), colour(c.getAttribute("color"), count++),
                    RefiXml.text(RefiXml.child(c, "Description")), read(c)));
        }
        return out;
    }

    /** A name free among {@code taken} (case-insensitively), "name (2)" and so on; "/" cannot be in a code name. */
    static String unique(String name, Set<String> taken, List<String> skipped) {
        String base = name == null || name.isBlank() ? "unnamed" : name.strip().replace('/', '\u2215');
        String n = base;
        for (int i = 2; !taken.add(n.toLowerCase(Locale.ROOT)); i++) {
            n = base + " (" + i + ")";
        }
        if (!n.equals(base)) {
            skipped.add(NLS.bind(ExchangeMessages.renamedTaken, base, n));
        }
        return n;
    }

    static String colour(String c, int index) {
        return Colour.parse(c).map(Colour::hex).orElseGet(() -> CreateCode.paletteColour(index));
    }

    /** A set's members: the targetGUID of each MemberCode and MemberSource (a .qdc writes guid instead). */
    static ImportProject.SetDef set(Element s, Set<String> setNames, List<String> skipped) {
        List<String> members = new ArrayList<>();
        for (String kind : List.of("MemberCode", "MemberSource")) {
            for (Element m : RefiXml.children(s, kind)) {
                members.add(RefiXml.guid(m.hasAttribute("targetGUID") ? m.getAttribute("targetGUID")
                        : m.getAttribute("guid")));
            }
        }
        int notes = RefiXml.children(s, "MemberNote").size();
        if (notes > 0) {
            skipped.add(NLS.bind(ExchangeMessages.setNoteMembers, s.getAttribute("name"), notes));
        }
        return new ImportProject.SetDef(RefiXml.guidAttr(s, "guid"), unique(s.getAttribute("name"), setNames, skipped),
                RefiXml.text(RefiXml.child(s, "Description")), members);
    }
}
