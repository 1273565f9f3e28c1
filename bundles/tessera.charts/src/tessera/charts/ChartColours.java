package tessera.charts;

import java.awt.Color;

import tessera.core.model.Colour;

/** Code colours as AWT colours, and the text colour that reads on them. */
final class ChartColours {

    private ChartColours() {
    }

    static Color awt(Colour c) {
        return new Color(c.red(), c.green(), c.blue());
    }

    /** A colour mixed toward white: {@code amount} 0 keeps it, 1 is white. */
    static Color lighter(Colour c, double amount) {
        return new Color(mix(c.red(), amount), mix(c.green(), amount), mix(c.blue(), amount));
    }

    private static int mix(int v, double amount) {
        return (int) Math.round(v + (255 - v) * amount);
    }

    /** Black or white, whichever reads better on the colour (by its relative luminance). */
    static Color textOn(Color c) {
        double l = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return l > 140 ? Color.BLACK : Color.WHITE;
    }
}
