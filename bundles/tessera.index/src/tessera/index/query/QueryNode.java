package tessera.index.query;

import java.util.List;

/** A parsed search query. Columns are 1-based positions in the query text, for error messages. */
public sealed interface QueryNode {

    /** Fields a term may name; {@code text} is the default (exact, CJK substrings), {@code word} the segmented one. */
    enum Field { TEXT, WORD, CODE, DOC, ATTR, CODER, LANG }

    record Or(List<QueryNode> clauses) implements QueryNode {
    }

    record And(List<QueryNode> clauses) implements QueryNode {
    }

    record Not(QueryNode clause) implements QueryNode {
    }

    /** A word, a prefix ({@code econ*}) or a wildcard ({@code c?ty}); in CJK text a word is any substring. */
    record Term(Field field, String text, Kind kind, int column) implements QueryNode {
        public enum Kind { EXACT, PREFIX, WILDCARD }
    }

    /** A quoted phrase; {@code slop} > 0 allows that many words between and around its words. */
    record Phrase(Field field, String text, int slop, int column) implements QueryNode {
    }

    /** {@code a NEAR/n b}: both within n words of each other in a unit. */
    record Near(QueryNode left, QueryNode right, int distance, int column) implements QueryNode {
    }
}
