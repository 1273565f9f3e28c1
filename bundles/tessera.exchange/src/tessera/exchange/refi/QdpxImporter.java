package tessera.exchange.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import tessera.core.model.AttributeType;
import tessera.core.ops.ImportProject;
import tessera.core.store.ProjectStore;
import tessera.core.text.LanguageGuess;
import tessera.exchange.importer.ImportException;

/**
 * Reads a REFI-QDA project (.qdpx) into one {@link ImportProject} operation: users, the codebook, variables as
 * attributes, text sources from {@code sources/} or {@code Sources/} (BOM stripped), selections with their codings,
 * and notes as memos, every GUID kept. Positions count code points of the source file as written, a CRLF as two;
 * projects from ATLAS.ti count it as one. The XML parser reads no DTD and no external entity. What cannot be brought
 * in (pictures, PDF regions, audio, video, cases, sets, links, graphs, selections outside their text or of unknown
 * codes) is listed in the report with the reason.
 */
public final class QdpxImporter {

    /** What was read: the operation's model, the tool that wrote it, and what was left out and why. */
    public record Result(ImportProject.Model model, String origin, List<String> skipped) {
    }

    private final Path file;
    private final Map<String, byte[]> entries;
    private final List<String> skipped = new ArrayList<>();
    private final Map<String, String> noteTargets = new LinkedHashMap<>();
    private final Set<String> codeGuids = new HashSet<>();
    private boolean crlfAsOne;

    private QdpxImporter(Path file, Map<String, byte[]> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Reads and checks a .qdpx without touching any project. */
    public static Result read(Path qdpx) throws IOException, ImportException {
        Map<String, byte[]> entries = SafeZip.read(qdpx);
        byte[] qde = SafeZip.find(entries, "project.qde");
        if (qde == null) {
            throw new ImportException(qdpx + ": no project.qde in the archive");
        }
        return new QdpxImporter(qdpx, entries).parse(qde);
    }

    /** Reads the .qdpx and imports it into the project in one undoable transaction. */
    public static Result importInto(ProjectStore store, Path qdpx) throws IOException, ImportException {
        Result r = read(qdpx);
        store.apply(new ImportProject(qdpx.getFileName().toString(), r.model()));
        return r;
    }

    private Result parse(byte[] qde) throws ImportException {
        Element project = xml(qde);
        String origin = project.getAttribute("origin");
        crlfAsOne = origin.toLowerCase(Locale.ROOT).contains("atlas");
        List<ImportProject.User> users = new ArrayList<>();
        for (Element u : children(child(project, "Users"), "User")) {
            users.add(new ImportProject.User(u.getAttribute("guid"), u.hasAttribute("name") && !u.getAttribute("name")
                    .isBlank() ? u.getAttribute("name").strip() : "user " + u.getAttribute("guid").substring(0, 8)));
        }
        Element codebook = child(project, "CodeBook");
        List<ImportProject.CodeNode> codes = codes(codebook == null ? null : child(codebook, "Codes"), new int[1]);
        Map<String, ImportProject.Variable> variables = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (Element v : children(child(project, "Variables"), "Variable")) {
            AttributeType type = switch (v.getAttribute("typeOfVariable")) {
                case "Integer", "Float" -> AttributeType.NUMBER;
                case "Boolean" -> AttributeType.BOOLEAN;
                case "Date" -> AttributeType.DATE;
                default -> AttributeType.TEXT;
            };
            variables.put(v.getAttribute("guid"), new ImportProject.Variable(v.getAttribute("guid"),
                    unique(v.getAttribute("name"), names), type));
        }
        for (String unsupported : List.of("Cases", "Sets", "Links", "Graphs")) {
            if (child(project, unsupported) != null) {
                skipped.add(unsupported + ": not imported; Tessera has no " + unsupported.toLowerCase(Locale.ROOT)
                        + " yet (attributes stand in for cases)");
            }
        }
        for (Element ref : children(project, "NoteRef")) {
            noteTargets.putIfAbsent(ref.getAttribute("targetGUID"), null);
        }
        List<ImportProject.Source> sources = sources(child(project, "Sources"), variables);
        List<ImportProject.Note> notes = notes(child(project, "Notes"));
        return new Result(new ImportProject.Model(users, codes, List.copyOf(variables.values()), sources, notes),
                origin, List.copyOf(skipped));
    }

    private List<ImportProject.CodeNode> codes(Element parent, int[] counter) {
        List<ImportProject.CodeNode> out = new ArrayList<>();
        Set<String> siblings = new HashSet<>();
        for (Element c : children(parent, "Code")) {
            String guid = c.getAttribute("guid");
            codeGuids.add(guid);
            Element description = child(c, "Description");
            for (Element ref : children(c, "NoteRef")) {
                noteTargets.putIfAbsent(ref.getAttribute("targetGUID"), guid);
            }
            out.add(new ImportProject.CodeNode(guid, unique(c.getAttribute("name"), siblings),
                    !"false".equals(c.getAttribute("isCodable")), colour(c.getAttribute("color"), counter[0]++),
                    description == null ? "" : description.getTextContent().strip(), codes(c, counter)));
        }
        return out;
    }

    private List<ImportProject.Source> sources(Element parent, Map<String, ImportProject.Variable> variables)
            throws ImportException {
        List<ImportProject.Source> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        Set<String> names = new HashSet<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (!e.getLocalName().equals("TextSource")) {
                skipped.add(e.getLocalName() + " '" + e.getAttribute("name") + "': not imported; Tessera codes text only");
                continue;
            }
            String name = e.getAttribute("name").isBlank() ? e.getAttribute("guid") : e.getAttribute("name");
            String raw = text(e, name);
            String text = raw.replace("\r\n", "\n").replace('\r', '\n');
            int[] crs = crlfPositions(raw);
            int length = text.codePointCount(0, text.length());
            Map<String, String> values = new LinkedHashMap<>();
            for (Element vv : children(e, "VariableValue")) {
                ImportProject.Variable v = variables.get(attr(child(vv, "VariableRef"), "targetGUID"));
                Element value = firstElement(vv, "VariableRef");
                if (v == null || value == null) {
                    continue;
                }
                try {
                    values.put(v.guid(), v.type().canonical(value.getTextContent()));
                } catch (IllegalArgumentException x) {
                    skipped.add(name + ": the value of " + v.name() + " (" + x.getMessage() + ")");
                }
            }
            for (Element ref : children(e, "NoteRef")) {
                noteTargets.putIfAbsent(ref.getAttribute("targetGUID"), e.getAttribute("guid"));
            }
            List<ImportProject.Selection> selections = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Element sel : children(e, "PlainTextSelection")) {
                int start = map(Integer.parseInt(sel.getAttribute("startPosition").strip()), crs);
                int end = map(Integer.parseInt(sel.getAttribute("endPosition").strip()), crs);
                if (start < 0 || end > length || start >= end) {
                    skipped.add(name + ": the selection [" + start + ", " + end + ") lies outside its "
                            + length + " characters");
                    continue;
                }
                String firstCoding = null;
                for (Element coding : children(sel, "Coding")) {
                    String code = attr(child(coding, "CodeRef"), "targetGUID");
                    if (!codeGuids.contains(code)) {
                        skipped.add(name + ": a coding of [" + start + ", " + end + ") refers to no code of the codebook");
                        continue;
                    }
                    String user = coding.hasAttribute("creatingUser") ? coding.getAttribute("creatingUser")
                            : sel.getAttribute("creatingUser");
                    if (!seen.add(code + "/" + user + "/" + start + "/" + end)) {
                        continue; // the same passage, code and coder twice
                    }
                    selections.add(new ImportProject.Selection(coding.getAttribute("guid"), start, end, code,
                            user.isEmpty() ? null : user, instant(coding.getAttribute("creationDateTime"))));
                    firstCoding = firstCoding == null ? coding.getAttribute("guid") : firstCoding;
                    for (Element ref : children(coding, "NoteRef")) {
                        noteTargets.putIfAbsent(ref.getAttribute("targetGUID"), coding.getAttribute("guid"));
                    }
                }
                for (Element ref : children(sel, "NoteRef")) {
                    noteTargets.putIfAbsent(ref.getAttribute("targetGUID"), firstCoding);
                }
            }
            out.add(new ImportProject.Source(e.getAttribute("guid"), unique(name, names), text, LanguageGuess.of(text),
                    values, selections));
        }
        return out;
    }

    private List<ImportProject.Note> notes(Element parent) throws ImportException {
        List<ImportProject.Note> out = new ArrayList<>();
        for (Element n : children(parent, "Note")) {
            String guid = n.getAttribute("guid");
            String text = text(n, "note " + n.getAttribute("name")).strip();
            String user = n.getAttribute("creatingUser");
            out.add(new ImportProject.Note(guid, text, user.isEmpty() ? null : user, noteTargets.get(guid),
                    instant(n.getAttribute("creationDateTime"))));
        }
        return out;
    }

    /** A source's or note's text: its PlainTextContent, or the file its plainTextPath names in the archive. */
    private String text(Element source, String name) throws ImportException {
        Element content = child(source, "PlainTextContent");
        if (content != null) {
            return content.getTextContent();
        }
        String path = source.getAttribute("plainTextPath");
        if (!path.startsWith("internal://")) {
            if (path.isEmpty()) {
                return "";
            }
            throw new ImportException(file + ": '" + name + "' refers to " + path + ", outside the archive");
        }
        String entry = path.substring("internal://".length());
        byte[] bytes = SafeZip.find(entries, "sources/" + entry);
        if (bytes == null) {
            throw new ImportException(file + ": '" + name + "' refers to sources/" + entry + ", which is not in the archive");
        }
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(file + ": sources/" + entry + " ('" + name + "') is not UTF-8 as REFI-QDA requires");
        }
    }

    /** Code-point positions of the CR of each CRLF, for files whose positions count the pair as two. */
    private int[] crlfPositions(String raw) {
        if (crlfAsOne) {
            return new int[0];
        }
        List<Integer> out = new ArrayList<>();
        int cp = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isLowSurrogate(raw.charAt(i))) {
                continue;
            }
            if (raw.charAt(i) == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                out.add(cp);
            }
            cp++;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A position in the file's code points to one in the text with each CRLF made a LF. */
    private static int map(int position, int[] crs) {
        int at = java.util.Arrays.binarySearch(crs, position);
        int before = at >= 0 ? at : -at - 1; // the CRs before the position
        return position - before;
    }

    private String unique(String name, Set<String> taken) {
        String base = name == null || name.isBlank() ? "unnamed" : name.strip().replace('/', '\u2215');
        String n = base;
        for (int i = 2; !taken.add(n.toLowerCase(Locale.ROOT)); i++) {
            n = base + " (" + i + ")";
        }
        if (!n.equals(base)) {
            skipped.add("'" + base + "' was renamed '" + n + "': the name was taken");
        }
        return n;
    }

    private static String colour(String c, int index) {
        if (c != null && c.matches("#[0-9A-Fa-f]{6}")) {
            return c.toLowerCase(Locale.ROOT);
        }
        if (c != null && c.matches("#[0-9A-Fa-f]{3}")) {
            return ("#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3))
                    .toLowerCase(Locale.ROOT);
        }
        return tessera.core.ops.CreateCode.paletteColour(index);
    }

    private static Instant instant(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (RuntimeException e) {
            try {
                return Instant.parse(s.endsWith("Z") ? s : s + "Z");
            } catch (RuntimeException again) {
                return null;
            }
        }
    }

    private Element xml(byte[] qde) throws ImportException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            Element root = builder.parse(new ByteArrayInputStream(qde)).getDocumentElement();
            if (!"Project".equals(root.getLocalName())) {
                throw new ImportException(file + ": project.qde holds " + root.getLocalName() + ", not a REFI-QDA Project");
            }
            return root;
        } catch (SAXException e) {
            throw new ImportException(file + ": project.qde is not well-formed or declares a DTD, which is refused: "
                    + e.getMessage(), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new ImportException(file + ": project.qde cannot be read: " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String name) {
        return parent == null ? null : firstElement(parent, null, name);
    }

    private static Element firstElement(Element parent, String after) {
        boolean passed = after == null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (passed) {
                    return e;
                }
                passed = e.getLocalName().equals(after);
            }
        }
        return null;
    }

    private static Element firstElement(Element parent, String after, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String attr(Element e, String name) {
        return e == null ? "" : e.getAttribute(name);
    }
}
