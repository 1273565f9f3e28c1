package tessera.exchange.refi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import tessera.core.model.AttributeType;
import tessera.core.model.OriginalFile;
import tessera.core.ops.ImportProject;
import tessera.core.store.ProjectStore;
import tessera.core.text.LanguageGuess;
import tessera.exchange.importer.ImportException;
import tessera.exchange.internal.ExchangeMessages;

/**
 * Reads a REFI-QDA project (.qdpx) into one {@link ImportProject} operation: users, the codebook, variables as
 * attributes (a case's values go to each of its sources, and its name to a "Case" attribute), text sources from
 * {@code sources/} or {@code Sources/} (BOM stripped) with their .docx when there is one, selections with their
 * codings, notes as memos and sets, every GUID kept. Positions count code points of the source file as written, a
 * CRLF as two; projects from ATLAS.ti count it as one. What cannot be brought in (pictures, PDF regions, audio,
 * video, links, graphs, selections outside their text or of unknown codes) is listed in the report with the reason.
 */
public final class QdpxImporter {

    /** What was read: the operation's model, the tool that wrote it, and what was left out and why. */
    public record Result(ImportProject.Model model, String origin, List<String> skipped) {
    }

    private final Path file;
    private final Map<String, byte[]> entries;
    private final List<String> skipped = new ArrayList<>();
    private final Map<String, String> noteTargets = new LinkedHashMap<>();
    private final RefiCodes codes = new RefiCodes(skipped, noteTargets::putIfAbsent);
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
            throw new ImportException(NLS.bind(ExchangeMessages.noProjectQde, qdpx));
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
        Element project = RefiXml.parse(qde, file + ": project.qde", "Project");
        String origin = project.getAttribute("origin");
        crlfAsOne = origin.toLowerCase(Locale.ROOT).contains("atlas");
        List<ImportProject.User> users = new ArrayList<>();
        for (Element u : RefiXml.children(RefiXml.child(project, "Users"), "User")) {
            String guid = RefiXml.guidAttr(u, "guid");
            users.add(new ImportProject.User(guid, u.getAttribute("name").isBlank()
                    ? "user " + guid.substring(0, Math.min(8, guid.length())) : u.getAttribute("name").strip()));
        }
        List<ImportProject.CodeNode> codebook = codes.read(RefiXml.child(RefiXml.child(project, "CodeBook"), "Codes"));
        Map<String, ImportProject.Variable> variables = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (Element v : RefiXml.children(RefiXml.child(project, "Variables"), "Variable")) {
            AttributeType type = switch (v.getAttribute("typeOfVariable")) {
                case "Integer", "Float" -> AttributeType.NUMBER;
                case "Boolean" -> AttributeType.BOOLEAN;
                case "Date" -> AttributeType.DATE;
                default -> AttributeType.TEXT;
            };
            String guid = RefiXml.guidAttr(v, "guid");
            variables.put(guid, new ImportProject.Variable(guid, RefiCodes.unique(v.getAttribute("name"), names,
                    skipped), type));
        }
        for (String unsupported : List.of("Links", "Graphs")) {
            if (RefiXml.child(project, unsupported) != null) {
                skipped.add(NLS.bind(ExchangeMessages.unsupported, unsupported,
                        unsupported.toLowerCase(Locale.ROOT)));
            }
        }
        for (Element ref : RefiXml.children(project, "NoteRef")) {
            noteTargets.putIfAbsent(RefiXml.guidAttr(ref, "targetGUID"), null);
        }
        RefiCases cases = new RefiCases(RefiXml.child(project, "Cases"), variables, names, skipped);
        List<ImportProject.Source> sources = sources(RefiXml.child(project, "Sources"), variables, cases);
        List<ImportProject.Variable> allVariables = new ArrayList<>(variables.values());
        cases.caseVariable().ifPresent(allVariables::add);
        List<ImportProject.Note> notes = notes(RefiXml.child(project, "Notes"));
        List<ImportProject.SetDef> sets = sets(RefiXml.child(project, "Sets"), sources);
        return new Result(new ImportProject.Model(users, codebook, allVariables, sources, notes, sets), origin,
                List.copyOf(skipped));
    }

    private List<ImportProject.SetDef> sets(Element parent, List<ImportProject.Source> sources) {
        Set<String> known = new HashSet<>(codes.guids());
        sources.forEach(s -> known.add(s.guid()));
        List<ImportProject.SetDef> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Element s : RefiXml.children(parent, "Set")) {
            ImportProject.SetDef set = RefiCodes.set(s, names, skipped);
            List<String> members = set.members().stream().filter(known::contains).toList();
            if (members.size() < set.members().size()) {
                skipped.add(NLS.bind(ExchangeMessages.setOtherMembers, set.name(),
                        set.members().size() - members.size()));
            }
            out.add(new ImportProject.SetDef(set.guid(), set.name(), set.description(), members));
        }
        return out;
    }

    private List<ImportProject.Source> sources(Element parent, Map<String, ImportProject.Variable> variables,
            RefiCases cases) throws ImportException {
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
                skipped.add(NLS.bind(ExchangeMessages.textOnly, e.getLocalName(), e.getAttribute("name")));
                continue;
            }
            String guid = RefiXml.guidAttr(e, "guid");
            String name = e.getAttribute("name").isBlank() ? guid : e.getAttribute("name");
            String raw = text(e, name);
            String text = raw.replace("\r\n", "\n").replace('\r', '\n');
            int length = text.codePointCount(0, text.length());
            Map<String, String> values = RefiCases.values(e, name, variables, skipped);
            cases.valuesOf(guid).forEach(values::putIfAbsent);
            for (Element ref : RefiXml.children(e, "NoteRef")) {
                noteTargets.putIfAbsent(RefiXml.guidAttr(ref, "targetGUID"), guid);
            }
            List<ImportProject.Selection> selections = selections(e, name, crlfPositions(raw), length);
            out.add(new ImportProject.Source(guid, RefiCodes.unique(name, names, skipped), text, LanguageGuess.of(text),
                    values, selections, original(e, name)));
        }
        return out;
    }

    /** Selections with their codings, and codings of the whole source (a Coding right under the TextSource). */
    private List<ImportProject.Selection> selections(Element source, String name, int[] crs, int length) {
        List<ImportProject.Selection> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Element coding : RefiXml.children(source, "Coding")) {
            if (length > 0) {
                addCoding(out, seen, coding, source, name, 0, length);
            }
        }
        for (Element sel : RefiXml.children(source, "PlainTextSelection")) {
            int start;
            int end;
            try {
                start = map(Integer.parseInt(sel.getAttribute("startPosition").strip()), crs);
                end = map(Integer.parseInt(sel.getAttribute("endPosition").strip()), crs);
            } catch (NumberFormatException x) {
                skipped.add(NLS.bind(ExchangeMessages.positionsNotNumbers, new Object[] {name,
                        sel.getAttribute("startPosition"), sel.getAttribute("endPosition")}));
                continue;
            }
            if (start < 0 || end > length || start >= end) {
                skipped.add(NLS.bind(ExchangeMessages.selectionOutside, new Object[] {name, start, end,
                        length}));
                continue;
            }
            String firstCoding = null;
            for (Element coding : RefiXml.children(sel, "Coding")) {
                String added = addCoding(out, seen, coding, sel, name, start, end);
                firstCoding = firstCoding == null ? added : firstCoding;
            }
            for (Element ref : RefiXml.children(sel, "NoteRef")) {
                noteTargets.putIfAbsent(RefiXml.guidAttr(ref, "targetGUID"), firstCoding);
            }
        }
        return out;
    }

    private String addCoding(List<ImportProject.Selection> out, Set<String> seen, Element coding, Element owner,
            String name, int start, int end) {
        String code = RefiXml.guidAttr(RefiXml.child(coding, "CodeRef"), "targetGUID");
        if (!codes.guids().contains(code)) {
            skipped.add(NLS.bind(ExchangeMessages.codingNoCode, new Object[] {name, start, end, code}));
            return null;
        }
        String user = RefiXml.guid(coding.hasAttribute("creatingUser") ? coding.getAttribute("creatingUser")
                : owner.getAttribute("creatingUser"));
        if (!seen.add(code + "/" + user + "/" + start + "/" + end)) {
            return null; // the same passage, code and coder twice
        }
        String guid = RefiXml.guidAttr(coding, "guid");
        out.add(new ImportProject.Selection(guid, start, end, code, user.isEmpty() ? null : user,
                RefiXml.instant(coding.getAttribute("creationDateTime"))));
        for (Element ref : RefiXml.children(coding, "NoteRef")) {
            noteTargets.putIfAbsent(RefiXml.guidAttr(ref, "targetGUID"), guid);
        }
        return guid;
    }

    private List<ImportProject.Note> notes(Element parent) throws ImportException {
        List<ImportProject.Note> out = new ArrayList<>();
        for (Element n : RefiXml.children(parent, "Note")) {
            String guid = RefiXml.guidAttr(n, "guid");
            String text = text(n, "note " + n.getAttribute("name")).strip();
            String user = RefiXml.guidAttr(n, "creatingUser");
            out.add(new ImportProject.Note(guid, text, user.isEmpty() ? null : user, noteTargets.get(guid),
                    RefiXml.instant(n.getAttribute("creationDateTime"))));
        }
        return out;
    }

    /** The Word file a text source names as its rich text, kept as the document's original. */
    private OriginalFile original(Element source, String name) throws ImportException {
        String path = source.getAttribute("richTextPath");
        if (path.isBlank()) {
            return null;
        }
        byte[] bytes = entry(path, name);
        String ext = path.contains(".") ? path.substring(path.lastIndexOf('.')).toLowerCase(Locale.ROOT) : ".docx";
        return new OriginalFile(name + ext, bytes);
    }

    /** A source's or note's text: its PlainTextContent, or the file its plainTextPath names in the archive. */
    private String text(Element source, String name) throws ImportException {
        Element content = RefiXml.child(source, "PlainTextContent");
        if (content != null) {
            return content.getTextContent();
        }
        String path = source.getAttribute("plainTextPath");
        if (path.isEmpty()) {
            return "";
        }
        byte[] bytes = entry(path, name);
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(NLS.bind(ExchangeMessages.notUtf8, new Object[] {file, path, name}));
        }
    }

    private byte[] entry(String path, String name) throws ImportException {
        if (!path.startsWith("internal://")) {
            throw new ImportException(NLS.bind(ExchangeMessages.outsideArchive, new Object[] {file, name, path}));
        }
        String entry = path.substring("internal://".length());
        byte[] bytes = SafeZip.find(entries, "sources/" + entry);
        if (bytes == null) {
            throw new ImportException(NLS.bind(ExchangeMessages.missingSource, new Object[] {file, name, entry}));
        }
        return bytes;
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
}
