package tessera.core.model;

import java.time.Instant;
import java.util.List;

/**
 * A document of the project. Its plain text is stored once, by content hash, and is what codings refer to:
 * {@code length} is counted in Unicode code points, like every position in Tessera. The file it was imported from
 * is kept beside it when there was one ({@code originalName} and {@code originalHash} are then set), and so are
 * the code points where its pages start, for formats with pages.
 */
public record Document(long id, String guid, String name, String contentHash, String language,
        String sourceFormat, int length, Instant importedAt, String originalName, String originalHash,
        List<Integer> pageStarts) {

    public Document {
        pageStarts = pageStarts == null ? List.of() : List.copyOf(pageStarts);
    }

    public boolean hasOriginal() {
        return originalHash != null;
    }

    /** The page (1-based) holding a code point, or 0 when the document has no pages. */
    public int pageAt(int codePoint) {
        int page = 0;
        for (int i = 0; i < pageStarts.size() && pageStarts.get(i) <= codePoint; i++) {
            page = i + 1;
        }
        return page;
    }

    /** Page starts as the store keeps them: code points joined by commas, or null when there are none. */
    public static String encodePages(List<Integer> starts) {
        if (starts == null || starts.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int s : starts) {
            b.append(b.isEmpty() ? "" : ",").append(s);
        }
        return b.toString();
    }

    public static List<Integer> decodePages(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
