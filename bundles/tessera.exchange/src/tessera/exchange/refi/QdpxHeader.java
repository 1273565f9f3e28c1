package tessera.exchange.refi;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

import tessera.exchange.importer.ImportException;

/**
 * Everything of a project.qde but its sources, read in a first pass over the file: users, the codebook,
 * variables, cases, notes, sets, the project's own NoteRefs and whether it has links or graphs. Sources are read
 * one at a time in a second pass, once the codes and cases they refer to are known, wherever the file puts them.
 */
record QdpxHeader(String origin, Element users, Element codeBook, Element variables, Element cases, Element notes,
        Element sets, List<Element> noteRefs, List<String> unsupported) {

    static QdpxHeader read(XmlCursor project) throws ImportException {
        String origin = project.attribute("origin");
        Element users = null;
        Element codeBook = null;
        Element variables = null;
        Element cases = null;
        Element notes = null;
        Element sets = null;
        List<Element> noteRefs = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        for (String name = project.nextChild(); name != null; name = project.nextChild()) {
            switch (name) {
                case "Users" -> users = first(users, project);
                case "CodeBook" -> codeBook = first(codeBook, project);
                case "Variables" -> variables = first(variables, project);
                case "Cases" -> cases = first(cases, project);
                case "Notes" -> notes = first(notes, project);
                case "Sets" -> sets = first(sets, project);
                case "NoteRef" -> noteRefs.add(project.read());
                case "Links", "Graphs" -> {
                    if (!unsupported.contains(name)) {
                        unsupported.add(name);
                    }
                    project.skip();
                }
                default -> project.skip();
            }
        }
        return new QdpxHeader(origin, users, codeBook, variables, cases, notes, sets, noteRefs, unsupported);
    }

    /** The first of an element the file has more than once, as a DOM lookup of the first child would give it. */
    private static Element first(Element had, XmlCursor project) throws ImportException {
        if (had == null) {
            return project.read();
        }
        project.skip();
        return had;
    }
}
