package tessera.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;

import tessera.core.text.CjkFontNames;

/**
 * The editor's font: the first installed family that covers Chinese, Japanese and Korean, then the families that
 * cover the rare characters of the CJK extensions (𠮷), in one family list that Pango falls back along; the
 * system font first when no CJK family is installed.
 */
final class CjkFonts {

    private CjkFonts() {
    }

    static Font create(Display display, int height) {
        return new Font(display, new FontData(String.join(",", chain(display)), height, SWT.NORMAL));
    }

    /** The families, best first: one CJK family, then each installed family for the extensions. */
    static List<String> chain(Display display) {
        List<String> out = new ArrayList<>();
        for (String name : CjkFontNames.PREFERRED) {
            if (display.getFontList(name, true).length > 0) {
                out.add(name);
                break;
            }
        }
        if (out.isEmpty()) {
            out.add(display.getSystemFont().getFontData()[0].getName());
        }
        for (String name : CjkFontNames.EXTENSIONS) {
            if (display.getFontList(name, true).length > 0) {
                out.add(name);
            }
        }
        return out;
    }
}
