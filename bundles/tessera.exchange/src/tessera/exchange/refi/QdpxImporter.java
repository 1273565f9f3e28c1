package tessera.exchange.refi;

import java.io.IOException;
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

import tessera.core.model.AttributeType;
import tessera.core.ops.ImportProject;
import tessera.core.store.ProjectStore;
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

    /**
     * What was read: the operation's model, the tool that wrote it, and what was left out and why. It keeps the
     * archive open, for the model's original files are read from it when the import writes them: close it after.
     */
    public record Result(ImportProject.Model model, String origin, List<String> skipped, SafeZip archive)
            implements AutoCloseable {
        @Override
        public void close() throws IOException {
            archive.close();
        }
    }

    private final Path file;
    private final SafeZip zip;
    private final List<String> skipped = new ArrayList<>();
    private final Map<String, String> noteTargets = new LinkedHashMap<>();
    private final RefiCodes codes = new RefiCodes(skipped, noteTargets::putIfAbsent);
    private final RefiGuids guids = new RefiGuids();

    private QdpxImporter(Path file, SafeZip zip) {
        this.file = file;
        this.zip = zip;
    }

    /**
     * Reads and checks a .qdpx without touching any project. project.qde is read in two streaming passes (all but
     * the sources, then the sources one by one), so its size is not held in memory, only the model it makes.
     */
    public static Result read(Path qdpx) throws IOException, ImportException {
        SafeZip zip = SafeZip.open(qdpx);
        try {
            if (!zip.has("project.qde")) {
                throw new ImportException(NLS.bind(ExchangeMessages.noProjectQde, qdpx));
            }
            return new QdpxImporter(qdpx, zip).parse();
        } catch (IOException | ImportException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** Reads the .qdpx and imports it into the project in one undoable transaction; the result is closed. */
    public static Result importInto(ProjectStore store, Path qdpx) throws IOException, ImportException {
        try (Result r = read(qdpx)) {
            store.apply(new ImportProject(qdpx.getFileName().toString(), r.model()));
            return r;
        }
    }

    private XmlCursor project() throws IOException, ImportException {
        return XmlCursor.open(zip.stream("project.qde"), file + ": project.qde", "Project");
    }

    private Result parse() throws IOException, ImportException {
        QdpxHeader header;
        try (XmlCursor project = project()) {
            header = QdpxHeader.read(project);
        }
        List<ImportProject.User> users = new ArrayList<>();
        for (Element u : RefiXml.children(header.users(), "User")) {
            String guid = taken("user", RefiXml.guidAttr(u, "guid"), u.getAttribute("name"));
            if (guid != null) {
                users.add(new ImportProject.User(guid, u.getAttribute("name").isBlank()
                        ? "user " + guid.substring(0, Math.min(8, guid.length())) : u.getAttribute("name").strip()));
            }
        }
        List<ImportProject.CodeNode> codebook = codes.read(RefiXml.child(header.codeBook(), "Codes"));
        Map<String, ImportProject.Variable> variables = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (Element v : RefiXml.children(header.variables(), "Variable")) {
            AttributeType type = switch (v.getAttribute("typeOfVariable")) {
                case "Integer", "Float" -> AttributeType.NUMBER;
                case "Boolean" -> AttributeType.BOOLEAN;
                case "Date" -> AttributeType.DATE;
                default -> AttributeType.TEXT;
            };
            String guid = taken("variable", RefiXml.guidAttr(v, "guid"), v.getAttribute("name"));
            if (guid != null) {
                variables.put(guid, new ImportProject.Variable(guid, RefiCodes.unique(v.getAttribute("name"), names,
                        skipped), type));
            }
        }
        for (String unsupported : header.unsupported()) {
            skipped.add(NLS.bind(ExchangeMessages.unsupported, unsupported, unsupported.toLowerCase(Locale.ROOT)));
        }
        for (Element ref : header.noteRefs()) {
            noteTargets.putIfAbsent(RefiXml.guidAttr(ref, "targetGUID"), null);
        }
        RefiCases cases = new RefiCases(header.cases(), variables, names, skipped);
        RefiTexts texts = new RefiTexts(file, zip);
        List<ImportProject.Source> sources = sources(new RefiSources(texts, codes.guids(), variables, cases, skipped,
                noteTargets, header.origin().toLowerCase(Locale.ROOT).contains("atlas"), guids));
        List<ImportProject.Variable> allVariables = new ArrayList<>(variables.values());
        cases.caseVariable().ifPresent(allVariables::add);
        List<ImportProject.Note> notes = notes(header.notes(), texts);
        List<ImportProject.SetDef> sets = sets(header.sets(), sources);
        return new Result(new ImportProject.Model(users, codebook, allVariables, sources, notes, sets),
                header.origin(), List.copyOf(skipped), zip);
    }

    /** The second pass: each source built as a DOM of its own, made a document of the import and let go. */
    private List<ImportProject.Source> sources(RefiSources reader) throws IOException, ImportException {
        List<ImportProject.Source> out = new ArrayList<>();
        try (XmlCursor project = project()) {
            for (String name = project.nextChild(); name != null; name = project.nextChild()) {
                if (!name.equals("Sources")) {
                    project.skip();
                    continue;
                }
                for (String kind = project.nextChild(); kind != null; kind = project.nextChild()) {
                    if (kind.equals("TextSource")) {
                        ImportProject.Source source = reader.read(project.read());
                        if (source != null) {
                            out.add(source);
                        }
                    } else {
                        skipped.add(NLS.bind(ExchangeMessages.textOnly, kind, project.attribute("name")));
                        project.skip();
                    }
                }
            }
        }
        return out;
    }

    private List<ImportProject.SetDef> sets(Element parent, List<ImportProject.Source> sources) {
        Set<String> known = new HashSet<>(codes.guids());
        sources.forEach(s -> known.add(s.guid()));
        List<ImportProject.SetDef> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Element s : RefiXml.children(parent, "Set")) {
            String guid = taken("set", RefiXml.guidAttr(s, "guid"), s.getAttribute("name"));
            if (guid == null) {
                continue;
            }
            ImportProject.SetDef set = RefiCodes.set(s, names, skipped);
            List<String> members = set.members().stream().filter(known::contains).toList();
            if (members.size() < set.members().size()) {
                skipped.add(NLS.bind(ExchangeMessages.setOtherMembers, set.name(),
                        set.members().size() - members.size()));
            }
            out.add(new ImportProject.SetDef(guid, set.name(), set.description(), members));
        }
        return out;
    }

    private List<ImportProject.Note> notes(Element parent, RefiTexts texts) throws IOException, ImportException {
        List<ImportProject.Note> out = new ArrayList<>();
        for (Element n : RefiXml.children(parent, "Note")) {
            String guid = taken("note", RefiXml.guidAttr(n, "guid"), n.getAttribute("name"));
            if (guid == null) {
                continue;
            }
            String text = texts.text(n, "note " + n.getAttribute("name")).strip();
            String user = RefiXml.guidAttr(n, "creatingUser");
            out.add(new ImportProject.Note(guid, text, user.isEmpty() ? null : user, noteTargets.get(guid),
                    RefiXml.instant(n.getAttribute("creationDateTime"))));
        }
        return out;
    }

    /** The GUID a user, variable, note or set keeps; null (and reported) when an earlier one of its kind has it. */
    private String taken(String kind, String guid, String name) {
        String kept = guids.take(kind, guid);
        if (kept == null) {
            skipped.add(NLS.bind(ExchangeMessages.guidReused, name, guid));
        }
        return kept;
    }
}
