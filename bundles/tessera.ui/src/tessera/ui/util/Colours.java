package tessera.ui.util;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import tessera.core.model.Colour;

/** Parses the store's #rrggbb colours and blends code colours into readable text backgrounds. */
public final class Colours {

    private Colours() {
    }

    public static RGB rgb(String hex) {
        Colour c = Colour.of(hex);
        return new RGB(c.red(), c.green(), c.blue());
    }

    /**
     * A light tint of the average of the given colours, so that text stays readable on it; more codes on a
     * passage give a stronger tint, so overlaps can be seen.
     */
    public static RGB tint(Iterable<RGB> colours) {
        int r = 0;
        int g = 0;
        int b = 0;
        int n = 0;
        for (RGB c : colours) {
            r += c.red;
            g += c.green;
            b += c.blue;
            n++;
        }
        if (n == 0) {
            return new RGB(255, 255, 255);
        }
        double strength = Math.min(0.55, 0.3 + 0.12 * (n - 1));
        Colour tint = new Colour(r / n, g / n, b / n).tint(strength);
        return new RGB(tint.red(), tint.green(), tint.blue());
    }

    /** Colours made for one widget, disposed with it (SWT colours need no disposal since 3.120, kept for clarity). */
    public static final class Cache {
        private final Map<RGB, Color> colours = new HashMap<>();

        public Color get(RGB rgb) {
            return colours.computeIfAbsent(rgb, Color::new);
        }
    }
}
