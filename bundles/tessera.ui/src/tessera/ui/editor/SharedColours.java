package tessera.ui.editor;

import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import tessera.ui.util.Colours;

/** The overview ruler's colours, from the editor's own cache. */
final class SharedColours implements ISharedTextColors {

    private final Colours.Cache colours;

    SharedColours(Colours.Cache colours) {
        this.colours = colours;
    }

    @Override
    public Color getColor(RGB rgb) {
        return colours.get(rgb);
    }

    @Override
    public void dispose() {
        // SWT colours hold no system resources
    }
}
