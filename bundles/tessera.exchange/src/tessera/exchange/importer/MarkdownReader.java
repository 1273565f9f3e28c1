package tessera.exchange.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

import tessera.core.text.TextDecoder;

/**
 * Markdown through commonmark: the text a reader sees, without the markup. One line per heading, paragraph and
 * list item (with its number or bullet); code blocks line by line; emphasis and links keep their words, images their
 * alt text; raw HTML is left out.
 */
public final class MarkdownReader implements DocumentReader {

    @Override
    public ExtractedText read(Path file) throws IOException, ImportException {
        String source;
        try {
            source = TextDecoder.decode(Files.readAllBytes(file), file.toString()).text();
        } catch (tessera.core.text.UndecodableTextException e) {
            throw new ImportException(e.getMessage(), e);
        }
        Node root = Parser.builder().build().parse(source);
        Blocks blocks = new Blocks();
        root.accept(new AbstractVisitor() {
            private int ordered;

            @Override
            public void visit(Heading heading) {
                blocks.end();
                visitChildren(heading);
                blocks.end();
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (!(paragraph.getParent() instanceof ListItem) || paragraph.getPrevious() != null) {
                    blocks.end();
                }
                visitChildren(paragraph);
                blocks.end();
            }

            @Override
            public void visit(OrderedList list) {
                int saved = ordered;
                ordered = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
                visitChildren(list);
                ordered = saved;
            }

            @Override
            public void visit(ListItem item) {
                blocks.end();
                blocks.add(item.getParent() instanceof OrderedList ? ordered++ + ". " : "\u2022 ");
                visitChildren(item);
                blocks.end();
            }

            @Override
            public void visit(BlockQuote quote) {
                blocks.end();
                visitChildren(quote);
                blocks.end();
            }

            @Override
            public void visit(FencedCodeBlock code) {
                lines(code.getLiteral());
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                lines(code.getLiteral());
            }

            private void lines(String literal) {
                blocks.end();
                for (String line : literal.split("\n")) {
                    blocks.add(line).end();
                }
            }

            @Override
            public void visit(Text text) {
                blocks.add(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                blocks.add(code.getLiteral());
            }

            @Override
            public void visit(Image image) {
                // the alt text is the image's children
                visitChildren(image);
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                blocks.add("\n"); // collapsed into a space, or nothing between CJK characters
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                blocks.end();
            }

            @Override
            public void visit(ThematicBreak rule) {
                blocks.end();
            }

            @Override
            public void visit(HtmlBlock html) {
                // raw HTML is markup, not text
            }

            @Override
            public void visit(HtmlInline html) {
                // raw HTML is markup, not text
            }
        });
        return new ExtractedText(blocks.text());
    }
}
