package tessera.exchange.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.osgi.util.NLS;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import tessera.exchange.internal.ExchangeMessages;
import tessera.exchange.refi.SafeZip;

/**
 * OpenDocument text (.odt, LibreOffice and others) from its content.xml, in reading order: headings and
 * paragraphs, list items with their bullet or number (from the list's style), table rows (cells separated by
 * " | "), text boxes, and each footnote or endnote right after the paragraph that cites it. Ruby annotations keep
 * their base text only; tracked deletions, comments and the table of contents (a copy of the headings) are left
 * out. The archive is read with the same limits as REFI-QDA files, the XML with no DTD; encrypted files are
 * refused by name.
 */
public final class OdtReader implements DocumentReader {

    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    /** List style name to, per level (index 0 = level 1), whether that level is numbered. */
    private final Map<String, Map<Integer, Boolean>> listStyles = new HashMap<>();
    private Blocks blocks;

    @Override
    public ExtractedText read(Path file) throws IOException, ImportException {
        byte[] manifest;
        byte[] content;
        byte[] styles;
        try (SafeZip zip = SafeZip.open(file)) {
            manifest = zip.bytes("META-INF/manifest.xml");
            content = zip.bytes("content.xml");
            styles = zip.bytes("styles.xml");
        }
        if (manifest != null && new String(manifest, StandardCharsets.UTF_8).contains("encryption-data")) {
            throw new ImportException(NLS.bind(ExchangeMessages.odtPassword, file));
        }
        if (content == null) {
            throw new ImportException(NLS.bind(ExchangeMessages.odtNoContent, file));
        }
        Element root = parse(content, file);
        listStyles.clear();
        if (styles != null) {
            readListStyles(parse(styles, file));
        }
        readListStyles(root);
        blocks = new Blocks();
        Element body = child(child(root, "body"), "text");
        if (body == null) {
            throw new ImportException(NLS.bind(ExchangeMessages.odtNoText, file));
        }
        blocks(body, null, 0);
        return new ExtractedText(blocks.text());
    }

    private void blocks(Element parent, String listStyle, int depth) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                block(e, listStyle, depth);
            }
        }
    }

    private void block(Element e, String listStyle, int depth) {
        String name = e.getLocalName();
        if (TEXT.equals(e.getNamespaceURI())) {
            switch (name) {
                case "p", "h" -> paragraph(e, "");
                case "list" -> list(e, e.hasAttributeNS(TEXT, "style-name") ? e.getAttributeNS(TEXT, "style-name")
                        : listStyle, depth + 1);
                case "table-of-content", "tracked-changes", "sequence-decls", "variable-decls",
                        "user-field-decls", "alphabetical-index", "illustration-index" -> {
                    // a copy of the headings, deleted text or declarations: not the document's text
                }
                default -> blocks(e, listStyle, depth);
            }
        } else if (TABLE.equals(e.getNamespaceURI()) && name.equals("table-row")) {
            List<String> cells = new ArrayList<>();
            for (Element cell : children(e, "table-cell")) {
                StringBuilder b = new StringBuilder();
                List<String> notes = new ArrayList<>();
                inline(cell, b, notes);
                cells.add(Blocks.collapse(b.toString()));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1); // the columns a spreadsheet-like table leaves empty
            }
            blocks.add(String.join(" | ", cells)).end();
        } else if (!"annotation".equals(name)) {
            blocks(e, listStyle, depth);
        }
    }

    private void list(Element list, String style, int depth) {
        boolean numbered = listStyles.getOrDefault(style, Map.of()).getOrDefault(depth, false);
        int number = list.hasAttributeNS(TEXT, "start-value") ? Integer.parseInt(list.getAttributeNS(TEXT,
                "start-value")) - 1 : 0;
        for (Node n = list.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element item)) {
                continue;
            }
            boolean header = item.getLocalName().equals("list-header");
            String mark = header ? "" : numbered ? (++number) + ". " : "\u2022 ";
            for (Node c = item.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && TEXT.equals(e.getNamespaceURI())
                        && (e.getLocalName().equals("p") || e.getLocalName().equals("h"))) {
                    paragraph(e, mark);
                    mark = "";
                } else if (c instanceof Element e) {
                    block(e, style, depth);
                }
            }
        }
    }

    private void paragraph(Element p, String mark) {
        StringBuilder b = new StringBuilder(mark);
        List<String> notes = new ArrayList<>();
        inline(p, b, notes);
        blocks.add(b.toString()).end();
        notes.forEach(note -> blocks.add(note).end());
    }

    private void inline(Element parent, StringBuilder b, List<String> notes) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(n.getNodeValue());
            } else if (n instanceof Element e) {
                switch (e.getLocalName()) {
                    case "s" -> b.append(" ".repeat(Math.max(1, parseInt(e.getAttributeNS(TEXT, "c")))));
                    case "tab" -> b.append(' ');
                    case "line-break" -> b.append('\n');
                    case "note" -> notes.add(note(e));
                    case "ruby-text", "annotation", "annotation-end", "tracked-changes" -> {
                        // furigana, comments and deletions are not the text itself
                    }
                    case "p", "h" -> {
                        b.append(' ');
                        inline(e, b, notes);
                    }
                    default -> inline(e, b, notes);
                }
            }
        }
    }

    private String note(Element note) {
        Element citation = child(note, "note-citation");
        StringBuilder b = new StringBuilder("[" + (citation == null ? "*" : citation.getTextContent().strip()) + "] ");
        Element body = child(note, "note-body");
        if (body != null) {
            inline(body, b, new ArrayList<>());
        }
        return b.toString();
    }

    private void readListStyles(Element root) {
        for (Element style : descendants(root, "list-style")) {
            Map<Integer, Boolean> levels = new HashMap<>();
            for (Node n = style.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element level && level.hasAttributeNS(TEXT, "level")) {
                    levels.put(parseInt(level.getAttributeNS(TEXT, "level")),
                            level.getLocalName().equals("list-level-style-number")
                                    && !level.getAttributeNS("urn:oasis:names:tc:opendocument:xmlns:style:1.0",
                                            "num-format").isEmpty());
                }
            }
            listStyles.put(style.getAttributeNS("urn:oasis:names:tc:opendocument:xmlns:style:1.0", "name"), levels);
        }
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static List<Element> descendants(Element root, String name) {
        List<Element> out = new ArrayList<>();
        var nodes = root.getElementsByTagNameNS(TEXT, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element child(Element parent, String name) {
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

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element parse(byte[] xml, Path file) throws ImportException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (SAXException e) {
            throw new ImportException(NLS.bind(ExchangeMessages.brokenXml, file, e.getMessage()), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new ImportException(NLS.bind(ExchangeMessages.cannotRead, file, e.getMessage()), e);
        }
    }
}
