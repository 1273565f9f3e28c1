package tessera.exchange.refi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.model.ItemSet;
import tessera.core.store.ProjectReader;
import tessera.exchange.sheet.AtomicFile;

/**
 * Writes the project's codebook as a REFI-QDA codebook (.qdc, {@code urn:QDA-XML:codebook:1.0}): codes with their
 * hierarchy, GUIDs, codability, colours and descriptions, and the sets that hold codes (their code members only,
 * as the codebook schema has no sources).
 */
public final class QdcExporter {

    static final String NS = "urn:QDA-XML:codebook:1.0";

    private QdcExporter() {
    }

    public static Path export(ProjectReader store, Path target) throws IOException {
        AtomicFile file = new AtomicFile(target);
        try (OutputStream out = Files.newOutputStream(file.temp())) {
            write(store, out);
        } catch (IOException | RuntimeException e) {
            file.discard();
            throw e instanceof IOException io ? io : new IOException("writing " + target + " failed: " + e, e);
        }
        return file.commit();
    }

    public static void write(ProjectReader store, OutputStream out) throws IOException {
        Codebook book = store.codebook();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("CodeBook");
            w.writeDefaultNamespace(NS);
            w.writeAttribute("origin", "Tessera 0.1");
            w.writeStartElement("Codes");
            for (Code c : book.roots()) {
                code(w, book, c);
            }
            w.writeEndElement();
            List<ItemSet> sets = store.sets().stream().filter(s -> !s.codeIds().isEmpty()).toList();
            if (!sets.isEmpty()) {
                w.writeStartElement("Sets");
                for (ItemSet s : sets) {
                    w.writeStartElement("Set");
                    w.writeAttribute("guid", s.guid());
                    w.writeAttribute("name", s.name());
                    if (!s.description().isEmpty()) {
                        w.writeStartElement("Description");
                        w.writeCharacters(s.description());
                        w.writeEndElement();
                    }
                    for (long code : s.codeIds()) {
                        w.writeEmptyElement("MemberCode");
                        w.writeAttribute("guid", book.get(code).orElseThrow().guid());
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("writing the codebook failed: " + e.getMessage(), e);
        }
    }

    private static void code(XMLStreamWriter w, Codebook book, Code c) throws XMLStreamException {
        w.writeStartElement("Code");
        w.writeAttribute("guid", c.guid());
        w.writeAttribute("name", c.name());
        w.writeAttribute("isCodable", Boolean.toString(c.codable()));
        w.writeAttribute("color", c.colour().toUpperCase(Locale.ROOT));
        if (!c.description().isEmpty()) {
            w.writeStartElement("Description");
            w.writeCharacters(c.description());
            w.writeEndElement();
        }
        for (Code child : book.children(c.id())) {
            code(w, book, child);
        }
        w.writeEndElement();
    }
}
