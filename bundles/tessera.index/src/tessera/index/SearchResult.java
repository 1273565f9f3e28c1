package tessera.index;

import java.util.List;

/**
 * What a search found: every hit's count (verified against the stored text) and the first hits in document order;
 * the units (documents, paragraphs or segments) the query matched; the index's change-log sequence.
 */
public record SearchResult(String query, String unit, int total, int units, List<Hit> hits, long seq,
        double millis) {
}
