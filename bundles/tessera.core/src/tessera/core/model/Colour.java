package tessera.core.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A code's colour, 8 bits a channel. The one place that reads and writes hex colours: the store keeps
 * {@code #rrggbb} in lower case, REFI-QDA files may carry {@code #RGB} or capitals, views and sheets need the
 * channels and light tints.
 */
public record Colour(int red, int green, int blue) {

    private static final Pattern HEX = Pattern.compile("#(\\p{XDigit}{6}|\\p{XDigit}{3})");

    public Colour {
        if ((red | green | blue) >>> 8 != 0) {
            throw new IllegalArgumentException("colour channels run from 0 to 255");
        }
    }

    /** {@code #rrggbb} or {@code #rgb}, either case, surrounding spaces ignored; empty for anything else. */
    public static Optional<Colour> parse(String text) {
        if (text == null || !HEX.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        String h = text.strip().substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        int v = Integer.parseInt(h, 16);
        return Optional.of(new Colour(v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF));
    }

    /** The colour of a stored code; grey for a value that is not a colour (never stored, but never fatal). */
    public static Colour of(String stored) {
        return parse(stored).orElse(new Colour(128, 128, 128));
    }

    /** {@code #rrggbb}, lower case, as the store keeps it. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** This colour mixed with white: {@code strength} 1 is the colour itself, 0 is white. */
    public Colour tint(double strength) {
        return new Colour(mix(red, strength), mix(green, strength), mix(blue, strength));
    }

    private static int mix(int channel, double strength) {
        return (int) Math.round(255 * (1 - strength) + channel * strength);
    }
}
