package tessera.analysis.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.function.LongFunction;

import tessera.core.text.Paragraphs;

/** One operator applied to two sets of segments: what a query's binary node and a matrix query's cell compute. */
public final class Combine {

    private Combine() {
    }

    public static Segments of(Operator op, Expr.Distance distance, Segments left, Segments right,
            LongFunction<Paragraphs> paragraphs) {
        return switch (op) {
            case AND -> merged(left.merged(), right.merged(), Stretches::intersect, false);
            case NOT -> merged(left.merged(), right.merged(), Stretches::subtract, false);
            case OR -> merged(left, right, (x, y) -> {
                List<Range> all = new ArrayList<>(x);
                all.addAll(y);
                return Stretches.merge(new ArrayList<>(new TreeSet<>(all)));
            }, true);
            default -> SegmentFilters.keep(op, distance, left, right, paragraphs);
        };
    }

    private static Segments merged(Segments a, Segments b, BinaryOperator<List<Range>> f, boolean either) {
        Set<Long> docs = new TreeSet<>(a.documents());
        if (either) {
            docs.addAll(b.documents());
        }
        return a.perDocument(docs, (doc, list) -> f.apply(list, b.in(doc)));
    }
}
