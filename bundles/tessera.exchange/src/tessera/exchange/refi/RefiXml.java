package tessera.exchange.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.osgi.util.NLS;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import tessera.exchange.importer.ImportException;
import tessera.exchange.internal.ExchangeMessages;

/**
 * Reading REFI-QDA XML safely: no DTD, no external entity, no XInclude (so no entity expansion bomb and no file
 * read through the parser), elements by local name, GUIDs in one form.
 */
final class RefiXml {

    private RefiXml() {
    }

    /** The root element, which must be {@code root}; {@code where} names the file in messages. */
    static Element parse(byte[] xml, String where, String root) throws ImportException {
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
            Element e = builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
            if (!root.equals(e.getLocalName())) {
                throw new ImportException(NLS.bind(ExchangeMessages.notRefi, new Object[] {where, e.getLocalName(), root}));
            }
            return e;
        } catch (SAXException e) {
            throw new ImportException(NLS.bind(ExchangeMessages.xmlRefused, where, e.getMessage()), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new ImportException(NLS.bind(ExchangeMessages.xmlUnreadable, where, e.getMessage()), e);
        }
    }

    /**
     * A GUID as Tessera keeps it: lower case, without the braces some tools write ({@code {5215CC69-...}}), so
     * that references written either way meet.
     */
    static String guid(String raw) {
        if (raw == null) {
            return "";
        }
        String g = raw.strip();
        if (g.startsWith("{") && g.endsWith("}")) {
            g = g.substring(1, g.length() - 1);
        }
        return g.toLowerCase(Locale.ROOT);
    }

    static String guidAttr(Element e, String name) {
        return e == null ? "" : guid(e.getAttribute(name));
    }

    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** The first element after the one named {@code after} (a VariableValue's value follows its VariableRef). */
    static Element elementAfter(Element parent, String after) {
        boolean passed = false;
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

    static List<Element> children(Element parent, String name) {
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

    static String text(Element e) {
        return e == null ? "" : e.getTextContent().strip();
    }

    static Instant instant(String s) {
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
}
