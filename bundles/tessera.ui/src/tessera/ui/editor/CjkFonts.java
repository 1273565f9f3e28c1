package tessera.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;

/** Picks the first installed font that covers Chinese, Japanese and Korean; the system font when none is. */
final class CjkFonts {

    private CjkFonts() {
    }

    static Font create(Display display, int height) {
        for (String name : tessera.core.text.CjkFontNames.PREFERRED) {
            if (display.getFontList(name, true).length > 0) {
                return new Font(display, new FontData(name, height, SWT.NORMAL));
            }
        }
        FontData system = display.getSystemFont().getFontData()[0];
        return new Font(display, new FontData(system.getName(), height, SWT.NORMAL));
    }
}
