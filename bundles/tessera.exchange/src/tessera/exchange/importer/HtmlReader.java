package tessera.exchange.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import tessera.exchange.internal.ExchangeMessages;

/**
 * HTML through jsoup: the visible text of the body, one line per block element (paragraph, heading, list item,
 * table row with its cells separated by " | "), line breaks kept inside {@code pre}; scripts, styles, templates and
 * hidden parts are left out. jsoup reads no external entity and runs nothing.
 */
public final class HtmlReader implements DocumentReader {

    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "blockquote", "pre", "section", "article", "header", "footer", "aside", "nav", "dt", "dd", "figcaption",
            "caption", "address", "main", "table", "ul", "ol", "dl", "hr", "form", "fieldset", "details", "summary");
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head", "svg", "math",
            "iframe", "object");

    @Override
    public ExtractedText read(Path file) throws IOException, ImportException {
        if (Files.size(file) > MAX_BYTES) {
            throw new ImportException(NLS.bind(ExchangeMessages.htmlTooLarge, file, MAX_BYTES / 1048576));
        }
        org.jsoup.nodes.Document doc = Jsoup.parse(file.toFile(), null); // the charset from the BOM or <meta>
        Blocks blocks = new Blocks();
        doc.body().traverse(new NodeVisitor() {
            private int skipping;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIP.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                            || e.attr("style").replace(" ", "").contains("display:none")) {
                        skipping++;
                    } else if (skipping == 0 && BLOCKS.contains(tag)) {
                        blocks.end();
                    } else if (skipping == 0 && tag.equals("br")) {
                        blocks.end();
                    } else if (skipping == 0 && (tag.equals("td") || tag.equals("th")) && e.elementSiblingIndex() > 0) {
                        blocks.add(" | ");
                    } else if (skipping == 0 && tag.equals("img") && !e.attr("alt").isBlank()) {
                        blocks.add(e.attr("alt"));
                    }
                } else if (skipping == 0 && node instanceof TextNode t) {
                    if (insidePre(t)) {
                        String[] lines = t.getWholeText().split("\n", -1);
                        for (int i = 0; i < lines.length; i++) {
                            if (i > 0) {
                                blocks.end();
                            }
                            blocks.add(lines[i]);
                        }
                    } else {
                        blocks.add(t.getWholeText());
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIP.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                            || e.attr("style").replace(" ", "").contains("display:none")) {
                        skipping--;
                    } else if (skipping == 0 && BLOCKS.contains(tag)) {
                        blocks.end();
                    }
                }
            }
        });
        return new ExtractedText(blocks.text());
    }

    private static boolean insidePre(TextNode t) {
        for (Node n = t.parentNode(); n != null; n = n.parentNode()) {
            if (n instanceof Element e && e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }
}
