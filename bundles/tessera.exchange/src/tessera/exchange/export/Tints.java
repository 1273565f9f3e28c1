package tessera.exchange.export;

/** Light versions of code colours, so that text on a coloured cell stays readable. */
final class Tints {

    private Tints() {
    }

    static String light(String hex) {
        try {
            int rgb = Integer.parseInt(hex.substring(1), 16);
            int r = mix((rgb >> 16) & 0xFF);
            int g = mix((rgb >> 8) & 0xFF);
            int b = mix(rgb & 0xFF);
            return String.format("#%02x%02x%02x", r, g, b);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int mix(int channel) {
        return (int) Math.round(255 * 0.6 + channel * 0.4);
    }
}
