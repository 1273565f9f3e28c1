package tessera.exchange.matrix;

import java.util.List;

import tessera.core.model.Coding;

/** What a matrix cell counts for a code and a group of documents. */
public enum MatrixValue {
    /** Number of codings. */
    COUNT("codings"),
    /** Characters (code points) covered by the codings; overlapping codings count once. */
    CHARACTERS("coded characters"),
    /** Number of documents with at least one coding (1 or 0 for a single document). */
    PRESENCE("documents coded");

    private final String label;

    MatrixValue(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value of codings that all lie in one document. */
    public long of(List<Coding> codingsInOneDocument) {
        return switch (this) {
            case COUNT -> codingsInOneDocument.size();
            case PRESENCE -> codingsInOneDocument.isEmpty() ? 0 : 1;
            case CHARACTERS -> coveredLength(codingsInOneDocument);
        };
    }

    /** Length of the union of the codings' ranges. */
    static long coveredLength(List<Coding> codings) {
        List<Coding> sorted = codings.stream().sorted(java.util.Comparator.comparingInt(Coding::start)).toList();
        long total = 0;
        int end = -1;
        for (Coding c : sorted) {
            if (c.start() >= end) {
                total += c.end() - c.start();
                end = c.end();
            } else if (c.end() > end) {
                total += c.end() - end;
                end = c.end();
            }
        }
        return total;
    }

    public static MatrixValue parse(String name) {
        return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "count", "codings" -> COUNT;
            case "characters", "chars" -> CHARACTERS;
            case "presence", "documents" -> PRESENCE;
            default -> throw new IllegalArgumentException("unknown value '" + name + "' (count, characters or presence)");
        };
    }
}
