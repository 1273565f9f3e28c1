package tessera.exchange.sheet;

/**
 * One cell to write: a text or a number, with the few looks a review sheet needs: a fill colour (#rrggbb), an
 * indent (codebook depth), bold, wrapped text.
 */
public record Cell(Object value, String fill, int indent, boolean bold, boolean wrap) {

    public static Cell text(String text) {
        return new Cell(text, null, 0, false, false);
    }

    public static Cell number(long n) {
        return new Cell(n, null, 0, false, false);
    }

    public static Cell bold(String text) {
        return new Cell(text, null, 0, true, false);
    }

    public static Cell wrapped(String text) {
        return new Cell(text, null, 0, false, true);
    }

    public Cell withFill(String colour) {
        return new Cell(value, colour, indent, bold, wrap);
    }

    public Cell withIndent(int level) {
        return new Cell(value, fill, level, bold, wrap);
    }
}
