package tessera.exchange.export;

import java.util.Locale;

/** The sheets Tessera exports. */
public enum ExportKind {
    MATRIX("Codes x documents"),
    ATTRIBUTES("Codes x attribute"),
    COOCCURRENCE("Co-occurrence"),
    SEGMENTS("Coded segments"),
    CODEBOOK("Codebook");

    private final String sheetName;

    ExportKind(String sheetName) {
        this.sheetName = sheetName;
    }

    public String sheetName() {
        return sheetName;
    }

    public static ExportKind parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown export '" + name
                    + "' (matrix, attributes, cooccurrence, segments, codebook or all)");
        }
    }
}
