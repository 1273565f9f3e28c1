package tessera.exchange.refi;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import tessera.exchange.importer.ImportException;
import tessera.exchange.internal.ExchangeMessages;

/**
 * Walks a large XML file element by element (StAX) and builds a DOM only of the element it is asked for, so that
 * a project.qde of hundreds of megabytes is read in the memory of its largest source. As {@link RefiXml#parse}, it
 * refuses a DTD (so no entity expansion and no file read through the parser).
 */
final class XmlCursor implements AutoCloseable {

    private final XMLStreamReader reader;
    private final String where;
    private final Document owner;

    private XmlCursor(XMLStreamReader reader, String where, Document owner) {
        this.reader = reader;
        this.where = where;
        this.owner = owner;
    }

    /** A cursor on the root element, which must be {@code root}; {@code where} names the file in messages. */
    static XmlCursor open(InputStream in, String where, String root) throws ImportException {
        try {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
            f.setProperty(XMLInputFactory.IS_COALESCING, true);
            Document owner = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            XmlCursor c = new XmlCursor(f.createXMLStreamReader(in), where, owner);
            c.toRoot(root);
            return c;
        } catch (XMLStreamException e) {
            throw refused(where, e);
        } catch (ParserConfigurationException e) {
            throw new ImportException(NLS.bind(ExchangeMessages.xmlUnreadable, where, e.getMessage()), e);
        }
    }

    private void toRoot(String root) throws XMLStreamException, ImportException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw new ImportException(NLS.bind(ExchangeMessages.xmlRefused, where, "DOCTYPE"));
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!root.equals(reader.getLocalName())) {
                    throw new ImportException(NLS.bind(ExchangeMessages.notRefi, new Object[] {where,
                            reader.getLocalName(), root}));
                }
                return;
            }
        }
        throw new ImportException(NLS.bind(ExchangeMessages.xmlRefused, where, "no root element"));
    }

    /** An attribute of the element the cursor is at ("" when it has none), as DOM's getAttribute gives it. */
    String attribute(String name) {
        String v = reader.getAttributeValue(null, name);
        return v == null ? "" : v;
    }

    /**
     * Moves to the next child of the element the cursor last entered (the root, or a child it moved to and then
     * neither read nor skipped) and gives its local name; null at that element's end.
     */
    String nextChild() throws ImportException {
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return reader.getLocalName();
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return null;
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw refused(where, e);
        }
    }

    /** The element the cursor is at, whole, as a DOM element; the cursor moves past its end. */
    Element read() throws ImportException {
        try {
            Element root = element();
            Element current = root;
            for (int depth = 1; depth > 0;) {
                switch (reader.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Element e = element();
                        current.appendChild(e);
                        current = e;
                        depth++;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        if (depth > 0) {
                            current = (Element) current.getParentNode();
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        current.appendChild(owner.createTextNode(reader.getText()));
                    default -> {
                    }
                }
            }
            return root;
        } catch (XMLStreamException e) {
            throw refused(where, e);
        }
    }

    /** Skips the element the cursor is at, whole. */
    void skip() throws ImportException {
        try {
            for (int depth = 1; depth > 0;) {
                int event = reader.next();
                depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
            }
        } catch (XMLStreamException e) {
            throw refused(where, e);
        }
    }

    private Element element() {
        String prefix = reader.getPrefix();
        String local = reader.getLocalName();
        Element e = owner.createElementNS(reader.getNamespaceURI(), prefix == null || prefix.isEmpty() ? local
                : prefix + ":" + local);
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String p = reader.getAttributePrefix(i);
            String name = reader.getAttributeLocalName(i);
            e.setAttributeNS(reader.getAttributeNamespace(i), p == null || p.isEmpty() ? name : p + ":" + name,
                    reader.getAttributeValue(i));
        }
        return e;
    }

    /** A parse failure, or the archive's refusal of the entry (a zip bomb) that the parser passed on. */
    private static ImportException refused(String where, XMLStreamException e) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : nested(t)) {
            if (t instanceof SafeZip.Refused r) {
                return new ImportException(r.getMessage(), r);
            }
            if (t instanceof IOException io) {
                return new ImportException(NLS.bind(ExchangeMessages.xmlUnreadable, where, io.getMessage()), io);
            }
        }
        return new ImportException(NLS.bind(ExchangeMessages.xmlRefused, where, e.getMessage()), e);
    }

    private static Throwable nested(Throwable t) {
        return t instanceof XMLStreamException x ? x.getNestedException() : null;
    }

    @Override
    public void close() throws ImportException {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            throw refused(where, e);
        }
    }
}
