package tessera.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

/**
 * 𠮷 (CJK Extension B) and other rare characters have a font: the editor's font is a family list that falls back
 * to one covering the extensions, which ./tessera and ./run-tests install (fonts-hanazono). Without it this test
 * fails, saying so, rather than passing with boxes in the editor.
 */
class CjkFontsTest {

    @Test
    void theEditorFontFallsBackToAFontForTheExtensions() {
        Display display = Display.getDefault();
        List<String> chain = CjkFonts.chain(display);
        assertTrue(chain.size() >= 2 && chain.stream().anyMatch(tessera.core.text.CjkFontNames.EXTENSIONS::contains),
                "no installed font covers CJK Extension B (install fonts-hanazono): " + chain);
        Font font = CjkFonts.create(display, 12);
        try {
            assertEquals(String.join(",", chain), font.getFontData()[0].getName(), "one family list, best first");
        } finally {
            font.dispose();
        }
    }
}
