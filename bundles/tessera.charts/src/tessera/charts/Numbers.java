package tessera.charts;

/** Chart numbers as people read them: whole numbers without decimals, others with two. */
final class Numbers {

    private Numbers() {
    }

    static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
