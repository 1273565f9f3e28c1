package tessera.ui.editor;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Shell;

/**
 * The hover over coded text: plain text (each coding on its own lines, not run together as HTML would), on a
 * background of its own inside a grey border, so that it never looks like part of the page it covers.
 */
final class CodingTooltip extends DefaultInformationControl {

    static final RGB BACKGROUND = new RGB(255, 251, 230);
    static final RGB BORDER = new RGB(128, 128, 128);

    CodingTooltip(Shell parent) {
        super(parent, (String) null, null);
        setBackgroundColor(new Color(BACKGROUND));
        setForegroundColor(new Color(0, 0, 0));
        // the shell shows around the content as a one-pixel frame
        getShell().setBackground(new Color(BORDER));
    }

    /** For tests: the frame's colour and the content's. */
    RGB[] colours() {
        return new RGB[] {getShell().getBackground().getRGB(), getShell().getChildren()[0].getBackground().getRGB()};
    }
}
