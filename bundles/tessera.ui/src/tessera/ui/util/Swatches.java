package tessera.ui.util;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * Small squares in code colours, framed, as the Codebook and the Quick Code popup show beside a code's name: one
 * image per colour, made once and disposed with the owner.
 */
public final class Swatches {

    private final Display display;
    private final int size;
    private final Map<String, Image> images = new HashMap<>();

    public Swatches(Display display, int size) {
        this.display = display;
        this.size = size;
    }

    /** The swatch of a stored #rrggbb colour. */
    public Image of(String colour) {
        return images.computeIfAbsent(colour, hex -> {
            Image image = new Image(display, size, size);
            GC gc = new GC(image);
            try {
                gc.setBackground(new Color(Colours.rgb(hex)));
                gc.fillRectangle(0, 0, size, size);
                gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
                gc.drawRectangle(0, 0, size - 1, size - 1);
            } finally {
                gc.dispose();
            }
            return image;
        });
    }

    public void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }
}
