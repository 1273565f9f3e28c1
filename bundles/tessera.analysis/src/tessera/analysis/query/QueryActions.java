package tessera.analysis.query;

import java.util.List;

import tessera.core.ops.CodeSegments;
import tessera.core.ops.CreateSetOf;

/** What a query's results can become, each one undoable operation: a code, or a set of their documents. */
public final class QueryActions {

    private QueryActions() {
    }

    /** Codes every result with the code at {@code path} (made there when missing). */
    public static CodeSegments codeAs(String path, List<QuerySegment> results) {
        return new CodeSegments(path.strip(), results.stream()
                .map(s -> new CodeSegments.Passage(s.documentId(), s.start(), s.end())).toList());
    }

    /**
     * A new set of the documents the results lie in. Sets hold documents and codes (as REFI-QDA's do), not
     * passages: coding the results as a code keeps the passages.
     */
    public static CreateSetOf saveSet(String name, String query, List<QuerySegment> results) {
        return new CreateSetOf(name, query, results.stream().map(QuerySegment::documentId).distinct().toList(),
                List.of());
    }

    /** The operator and distance a cell uses, written as in a query: AND, NOT, NEAR/5, FOLLOWED BY/2p... */
    public static Expr.Binary cellOperator(String written) {
        try {
            Expr e = CodingQueryParser.parse("code:x " + written + " code:y");
            if (e instanceof Expr.Binary b && b.left() instanceof Expr.CodeTerm && b.right() instanceof Expr.CodeTerm) {
                return b;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the message that names what is accepted
        }
        throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(
                tessera.analysis.internal.AnalysisMessages.matrixBadOperator, written));
    }
}
