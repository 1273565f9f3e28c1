package tessera.analysis.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import tessera.analysis.internal.AnalysisMessages;
import tessera.core.model.Code;
import tessera.core.model.Document;
import tessera.index.query.LiteralMatcher;
import tessera.index.query.QuerySyntaxException;

/**
 * Evaluates a parsed coding query on a project's codings. A phrase on one side of AND keeps the other side's
 * segments that contain it, and on the right of NOT those that do not; otherwise AND, OR and NOT combine
 * stretches, and the segment operators keep the left side's whole segments.
 */
final class QueryEvaluator {

    private final QueryData data;
    private final String query;
    private final QueryLimits limits;

    QueryEvaluator(QueryData data, String query) {
        this.data = data;
        this.query = query;
        this.limits = new QueryLimits(data, query);
    }

    Segments evaluate(Expr e) {
        return switch (e) {
            case Expr.CodeTerm c -> code(c);
            case Expr.Phrase p -> phrase(p.text(), limits.documents(p.limits()));
            case Expr.Group g -> {
                Set<Long> docs = limits.documents(g.limits());
                yield docs == null ? evaluate(g.inner()) : evaluate(g.inner()).within(docs);
            }
            case Expr.Binary b -> binary(b);
        };
    }

    private Segments code(Expr.CodeTerm c) {
        Code code;
        try {
            code = data.codebook.byPath(c.path()).orElse(null);
        } catch (IllegalArgumentException e) {
            code = null;
        }
        if (code == null) {
            throw new QuerySyntaxException(NLS.bind(AnalysisMessages.queryNoCode, c.path()), c.column(), query);
        }
        Set<Long> ids = c.withSubcodes() ? data.codebook.subtree(code.id()) : Set.of(code.id());
        return data.codings(ids, limits.coders(c.limits()), limits.documents(c.limits()));
    }

    private Segments phrase(String phrase, Set<Long> documents) {
        Map<Long, List<Range>> out = new HashMap<>();
        for (Document d : data.documents) {
            if (documents == null || documents.contains(d.id())) {
                List<Range> hits = new ArrayList<>();
                LiteralMatcher.phrase(phrase, data.text(d.id())).forEach(s -> hits.add(new Range(s.start(), s.end())));
                out.put(d.id(), hits);
            }
        }
        return Segments.of(out);
    }

    private Segments binary(Expr.Binary b) {
        Segments left = evaluate(b.left());
        Segments right = evaluate(b.right());
        boolean phraseLeft = b.left() instanceof Expr.Phrase;
        boolean phraseRight = b.right() instanceof Expr.Phrase;
        if (b.operator() == Operator.AND && phraseRight != phraseLeft) {
            return phraseRight ? SegmentFilters.containing(left, right, true)
                    : SegmentFilters.containing(right, left, true);
        }
        if (b.operator() == Operator.NOT && phraseRight && !phraseLeft) {
            return SegmentFilters.containing(left, right, false);
        }
        return Combine.of(b.operator(), b.distance(), left, right, data::paragraphs);
    }
}
