package tessera.ui.util;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** Parses the store's #rrggbb colours and blends code colours into readable text backgrounds. */
public final class Colours {

    private Colours() {
    }

    public static RGB rgb(String hex) {
        try {
            int v = Integer.parseInt(hex.substring(1), 16);
            return new RGB((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF);
        } catch (RuntimeException e) {
            return new RGB(128, 128, 128);
        }
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
        return new RGB(mix(r / n, strength), mix(g / n, strength), mix(b / n, strength));
    }

    private static int mix(int channel, double strength) {
        return (int) Math.round(255 * (1 - strength) + channel * strength);
    }

    /** Colours made for one widget, disposed with it (SWT colours need no disposal since 3.120, kept for clarity). */
    public static final class Cache {
        private final Map<RGB, Color> colours = new HashMap<>();

        public Color get(RGB rgb) {
            return colours.computeIfAbsent(rgb, Color::new);
        }
    }
}
