package tessera.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;

/**
 * Paragraph numbers for the margin, as a scholar cites a passage ("para. 12"): each line that is not blank is a
 * paragraph, numbered from 1 as the status bar, the index and the coding queries count them; blank lines have none.
 */
final class ParagraphLabels {

    private int[] numbers = new int[0];
    private int last;

    /** Numbers the document's paragraphs; the text is read-only, so once per document. */
    void number(IDocument document) {
        int lines = document.getNumberOfLines();
        int[] out = new int[lines];
        int n = 0;
        for (int i = 0; i < lines; i++) {
            try {
                IRegion line = document.getLineInformation(i);
                out[i] = document.get(line.getOffset(), line.getLength()).isBlank() ? 0 : ++n;
            } catch (BadLocationException e) {
                out[i] = 0;
            }
        }
        numbers = out;
        last = n;
    }

    /** The number beside a line of the text, or "" for a blank line. */
    String label(int line) {
        return line < numbers.length && numbers[line] > 0 ? Integer.toString(numbers[line]) : "";
    }

    /** The widest number, for the margin's width. */
    String widest() {
        return Integer.toString(Math.max(1, last));
    }
}
