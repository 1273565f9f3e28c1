package tessera.exchange.refi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tessera.core.model.Attribute;
import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.model.Coder;
import tessera.core.model.Coding;
import tessera.core.model.Document;
import tessera.core.model.ItemSet;
import tessera.core.model.Memo;
import tessera.core.model.MemoTarget;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectReader;
import tessera.exchange.sheet.AtomicFile;

/**
 * Writes a project as a REFI-QDA project (.qdpx, REFI-QDA 1.5): project.qde with users, the codebook (hierarchy,
 * colours, descriptions), attributes as variables, each document as a text source whose plain text is
 * {@code sources/GUID.txt} (UTF-8, no BOM), each coding as a selection in Unicode code points with its coding and
 * coder, every memo as a note referred to from what it is written on, and sets of documents and codes. A document
 * imported from Word takes its .docx along as the source's rich text. GUIDs are the project's own, so they
 * survive a round trip; a selection's GUID is derived from its coding's.
 */
public final class QdpxExporter {

    static final String NS = "urn:QDA-XML:project:1.0";

    private QdpxExporter() {
    }

    /** Writes the .qdpx beside the target and moves it into place; nothing is left behind on failure. */
    public static Path export(ProjectReader store, Path target) throws IOException {
        AtomicFile file = new AtomicFile(target);
        try (OutputStream out = Files.newOutputStream(file.temp()); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            writeProject(store, zip);
            zip.closeEntry();
            for (Document d : store.documents()) {
                zip.putNextEntry(new ZipEntry("sources/" + d.guid() + ".txt"));
                zip.write(store.text(d.id()).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                if (richText(d)) {
                    zip.putNextEntry(new ZipEntry("sources/" + d.guid() + ".docx"));
                    zip.write(store.original(d.id()).orElseThrow().content());
                    zip.closeEntry();
                }
            }
        } catch (IOException | RuntimeException e) {
            file.discard();
            throw e instanceof IOException io ? io : new IOException("writing " + target + " failed: " + e, e);
        }
        return file.commit();
    }

    /** The project.qde document alone, e.g. for validation. */
    public static void writeProject(ProjectReader store, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new Writer(store, w).project();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("writing project.qde failed: " + e.getMessage(), e);
        }
    }

    /** Whether a document's original goes into the archive as its rich text: REFI-QDA's richTextPath is a .docx. */
    static boolean richText(Document d) {
        return d.hasOriginal() && d.originalName().toLowerCase(java.util.Locale.ROOT).endsWith(".docx");
    }

    /** The GUID of the selection a coding's range becomes. */
    static String selectionGuid(String codingGuid) {
        return UUID.nameUUIDFromBytes(("tessera-selection:" + codingGuid).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static final class Writer {
        private final ProjectReader store;
        private final XMLStreamWriter w;
        private final Map<Long, String> userGuids = new HashMap<>();
        private final Map<String, List<Memo>> notesOn = new HashMap<>();
        private final Codebook book;

        Writer(ProjectReader store, XMLStreamWriter w) {
            this.store = store;
            this.w = w;
            this.book = store.codebook();
            for (Coder c : store.coders()) {
                userGuids.put(c.id(), c.guid());
            }
            for (Memo m : store.allMemos()) {
                notesOn.computeIfAbsent(key(m.target()), k -> new ArrayList<>()).add(m);
            }
        }

        private static String key(MemoTarget t) {
            return t.kind() + ":" + t.id();
        }

        void project() throws XMLStreamException {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("Project");
            w.writeDefaultNamespace(NS);
            w.writeAttribute("name", store.projectName());
            w.writeAttribute("origin", "Tessera 0.1");
            w.writeAttribute("creationDateTime", Instant.now().toString());
            users();
            codebook();
            variables();
            sources();
            notes();
            sets();
            noteRefs(MemoTarget.PROJECT);
            w.writeEndElement();
            w.writeEndDocument();
        }

        private void users() throws XMLStreamException {
            List<Coder> coders = store.coders();
            if (coders.isEmpty()) {
                return;
            }
            w.writeStartElement("Users");
            for (Coder c : coders) {
                w.writeEmptyElement("User");
                w.writeAttribute("guid", c.guid());
                w.writeAttribute("name", c.name());
            }
            w.writeEndElement();
        }

        private void codebook() throws XMLStreamException {
            if (book.roots().isEmpty()) {
                return;
            }
            w.writeStartElement("CodeBook");
            w.writeStartElement("Codes");
            for (Code c : book.roots()) {
                code(c);
            }
            w.writeEndElement();
            w.writeEndElement();
        }

        private void code(Code c) throws XMLStreamException {
            w.writeStartElement("Code");
            w.writeAttribute("guid", c.guid());
            w.writeAttribute("name", c.name());
            w.writeAttribute("isCodable", Boolean.toString(c.codable()));
            w.writeAttribute("color", c.colour().toUpperCase(java.util.Locale.ROOT));
            if (!c.description().isEmpty()) {
                element("Description", c.description());
            }
            noteRefs(MemoTarget.code(c.id()));
            for (Code child : book.children(c.id())) {
                code(child);
            }
            w.writeEndElement();
        }

        private void variables() throws XMLStreamException {
            List<Attribute> attributes = store.attributes();
            if (attributes.isEmpty()) {
                return;
            }
            w.writeStartElement("Variables");
            for (Attribute a : attributes) {
                w.writeEmptyElement("Variable");
                w.writeAttribute("guid", a.guid());
                w.writeAttribute("name", a.name());
                w.writeAttribute("typeOfVariable", switch (a.type()) {
                    case TEXT -> "Text";
                    case NUMBER -> "Float";
                    case DATE -> "Date";
                    case BOOLEAN -> "Boolean";
                });
            }
            w.writeEndElement();
        }

        private void sources() throws XMLStreamException {
            List<Document> documents = store.documents();
            if (documents.isEmpty()) {
                return;
            }
            Map<Long, Map<String, String>> values = store.attributeValuesByDocument();
            w.writeStartElement("Sources");
            for (Document d : documents) {
                w.writeStartElement("TextSource");
                w.writeAttribute("guid", d.guid());
                w.writeAttribute("name", d.name());
                if (richText(d)) {
                    w.writeAttribute("richTextPath", "internal://" + d.guid() + ".docx");
                }
                w.writeAttribute("plainTextPath", "internal://" + d.guid() + ".txt");
                for (Coding c : store.codings(CodingFilter.document(d.id()))) {
                    selection(c);
                }
                noteRefs(MemoTarget.document(d.id()));
                for (Attribute a : store.attributes()) {
                    String v = values.getOrDefault(d.id(), Map.of()).get(a.name());
                    if (v != null) {
                        w.writeStartElement("VariableValue");
                        w.writeEmptyElement("VariableRef");
                        w.writeAttribute("targetGUID", a.guid());
                        element(switch (a.type()) {
                            case TEXT -> "TextValue";
                            case NUMBER -> "FloatValue";
                            case DATE -> "DateValue";
                            case BOOLEAN -> "BooleanValue";
                        }, v);
                        w.writeEndElement();
                    }
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        }

        private void selection(Coding c) throws XMLStreamException {
            w.writeStartElement("PlainTextSelection");
            w.writeAttribute("guid", selectionGuid(c.guid()));
            w.writeAttribute("startPosition", Integer.toString(c.start()));
            w.writeAttribute("endPosition", Integer.toString(c.end()));
            user("creatingUser", c.coderId());
            w.writeAttribute("creationDateTime", c.created().toString());
            w.writeStartElement("Coding");
            w.writeAttribute("guid", c.guid());
            user("creatingUser", c.coderId());
            w.writeAttribute("creationDateTime", c.created().toString());
            w.writeEmptyElement("CodeRef");
            w.writeAttribute("targetGUID", book.get(c.codeId()).orElseThrow().guid());
            w.writeEndElement();
            noteRefs(MemoTarget.coding(c.id()));
            w.writeEndElement();
        }

        private void notes() throws XMLStreamException {
            List<Memo> memos = store.allMemos();
            if (memos.isEmpty()) {
                return;
            }
            w.writeStartElement("Notes");
            for (Memo m : memos) {
                w.writeStartElement("Note");
                w.writeAttribute("guid", m.guid());
                w.writeAttribute("name", noteName(m));
                user("creatingUser", m.coderId());
                w.writeAttribute("creationDateTime", m.created().toString());
                element("PlainTextContent", m.text());
                w.writeEndElement();
            }
            w.writeEndElement();
        }

        private void sets() throws XMLStreamException {
            List<ItemSet> sets = store.sets();
            if (sets.isEmpty()) {
                return;
            }
            Map<Long, String> documentGuids = new HashMap<>();
            store.documents().forEach(d -> documentGuids.put(d.id(), d.guid()));
            w.writeStartElement("Sets");
            for (ItemSet set : sets) {
                w.writeStartElement("Set");
                w.writeAttribute("guid", set.guid());
                w.writeAttribute("name", set.name());
                if (!set.description().isEmpty()) {
                    element("Description", set.description());
                }
                for (long code : set.codeIds()) {
                    w.writeEmptyElement("MemberCode");
                    w.writeAttribute("targetGUID", book.get(code).orElseThrow().guid());
                }
                for (long doc : set.documentIds()) {
                    w.writeEmptyElement("MemberSource");
                    w.writeAttribute("targetGUID", documentGuids.get(doc));
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        }

        private String noteName(Memo m) {
            return switch (m.target().kind()) {
                case PROJECT -> "Memo on the project";
                case DOCUMENT -> "Memo on " + store.document(m.target().id()).map(Document::name).orElse("a document");
                case CODE -> "Memo on " + book.path(m.target().id());
                case CODING -> "Memo on a coding";
            };
        }

        private void noteRefs(MemoTarget target) throws XMLStreamException {
            for (Memo m : notesOn.getOrDefault(key(target), List.of())) {
                w.writeEmptyElement("NoteRef");
                w.writeAttribute("targetGUID", m.guid());
            }
        }

        private void user(String attribute, long coderId) throws XMLStreamException {
            String guid = userGuids.get(coderId);
            if (guid != null) {
                w.writeAttribute(attribute, guid);
            }
        }

        private void element(String name, String text) throws XMLStreamException {
            w.writeStartElement(name);
            w.writeCharacters(text);
            w.writeEndElement();
        }
    }
}
