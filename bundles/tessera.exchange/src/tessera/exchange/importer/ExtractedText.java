package tessera.exchange.importer;

import java.util.List;

/**
 * The plain text of an imported file, the form codings refer to: paragraphs one to a line, with where each page
 * starts (in code points) when the format has pages.
 */
public record ExtractedText(String text, List<Integer> pageStarts) {

    public ExtractedText(String text) {
        this(text, List.of());
    }
}
