package tessera.exchange.matrix;

import java.util.List;

import tessera.core.model.Coding;
import tessera.exchange.internal.ExchangeMessages;

/** What a matrix cell counts for a code and a group of documents. */
public enum MatrixValue {
    /** Number of codings. */
    COUNT,
    /** Characters (code points) covered by the codings; overlapping codings count once. */
    CHARACTERS,
    /** Number of documents with at least one coding (1 or 0 for a single document). */
    PRESENCE;

    /** What the value is called, in the reader's language. */
    public String label() {
        return switch (this) {
            case COUNT -> ExchangeMessages.matrixCount;
            case CHARACTERS -> ExchangeMessages.matrixCharacters;
            case PRESENCE -> ExchangeMessages.matrixPresence;
        };
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
