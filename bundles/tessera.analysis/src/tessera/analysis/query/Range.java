package tessera.analysis.query;

/** [start, end) in code points of a document's text. */
public record Range(int start, int end) implements Comparable<Range> {

    public int length() {
        return end - start;
    }

    public boolean overlaps(Range o) {
        return start < o.end && o.start < end;
    }

    /** Wholly within {@code o}. */
    public boolean inside(Range o) {
        return o.start <= start && end <= o.end;
    }

    /** Characters between the two ranges: 0 when they overlap or touch. */
    public int gap(Range o) {
        return Math.max(0, Math.max(start, o.start) - Math.min(end, o.end));
    }

    @Override
    public int compareTo(Range o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
