package tessera.exchange.sheet;

/** The limits of an Excel worksheet, and the guard against cells read as formulas. */
public final class ExcelLimits {

    public static final int MAX_CELL_TEXT = 32_767;
    public static final int MAX_ROWS = 1_048_576;
    public static final int MAX_COLUMNS = 16_384;
    public static final int MAX_SHEET_NAME = 31;

    private ExcelLimits() {
    }

    /** The marker that ends a text cut to fit a cell. */
    public static String cutMarker(int originalLength) {
        return " [… cut: " + originalLength + " characters in all]";
    }

    /** Cuts a text to a cell's limit, ending it with a visible marker; null when it fits. */
    public static String cut(String text) {
        if (text.length() <= MAX_CELL_TEXT) {
            return null;
        }
        String marker = cutMarker(text.length());
        int keep = MAX_CELL_TEXT - marker.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + marker;
    }

    /**
     * Text that a spreadsheet program could take for a formula when typed or imported: starting with =, +, -, @
     * or a tab or carriage return (OWASP's list).
     */
    public static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** A sheet name Excel accepts: no []:*?/\ , at most 31 characters, not blank. */
    public static String sheetName(String name) {
        String n = name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        if (n.length() > MAX_SHEET_NAME) {
            n = n.substring(0, MAX_SHEET_NAME);
        }
        return n.isEmpty() ? "Sheet" : n;
    }
}
