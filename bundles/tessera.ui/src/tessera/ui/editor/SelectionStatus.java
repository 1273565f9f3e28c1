package tessera.ui.editor;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;

import tessera.core.text.CodePointIndex;
import tessera.core.text.Paragraphs;
import tessera.ui.internal.Messages;

/**
 * The status bar's note of where the caret or selection is, in the terms a scholar cites: the paragraph (counted
 * as the index and the queries count them, from 1) and the characters (code points, as exports and the CLI give).
 */
final class SelectionStatus {

    private final IStatusLineManager status;
    private final StyledText text;
    private final CodePointIndex index;
    private final Paragraphs paragraphs;

    SelectionStatus(IStatusLineManager status, StyledText text, CodePointIndex index, String plainText) {
        this.status = status;
        this.text = text;
        this.index = index;
        this.paragraphs = Paragraphs.of(plainText);
    }

    void update() {
        status.setMessage(describe());
    }

    String describe() {
        Point s = text.getSelectionRange();
        int start = index.toCodePointFloor(s.x);
        int end = index.toCodePointCeil(s.x + s.y);
        int paragraph = paragraphs.paragraphOf(start) + 1;
        return end == start ? NLS.bind(Messages.Status_caret, paragraph, start)
                : NLS.bind(Messages.Status_selection, new Object[] {paragraph, start, end, end - start});
    }
}
