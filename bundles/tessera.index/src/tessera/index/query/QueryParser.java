package tessera.index.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import tessera.index.internal.IndexMessages;
import tessera.index.query.QueryNode.Field;
import tessera.index.query.QueryNode.Term.Kind;

/**
 * Parses Tessera's query language: words and "phrases" (with ~N for proximity), AND, OR, NOT (or a leading -),
 * NEAR and NEAR/N, parentheses, prefixes (econ*) and wildcards (c?ty), and fields code:, doc:, attr:, coder:,
 * word: and lang:. Words side by side are ANDed. Every error names what is wrong and the column where it is.
 */
public final class QueryParser {

    static final int DEFAULT_NEAR = 10;

    private final String query;
    private final int[] cps;
    private int at;

    private QueryParser(String query) {
        this.query = query;
        this.cps = query.codePoints().toArray();
    }

    public static QueryNode parse(String query) {
        if (query == null || query.isBlank()) {
            throw new QuerySyntaxException(IndexMessages.emptyQuery, 1, query == null ? "" : query);
        }
        QueryParser p = new QueryParser(query);
        QueryNode node = p.or();
        p.skipSpace();
        if (p.at < p.cps.length) {
            throw p.error(p.peek() == ')' ? IndexMessages.closeWithoutOpen
                    : NLS.bind(IndexMessages.unexpected, p.rest(8)));
        }
        return node;
    }

    private QueryNode or() {
        List<QueryNode> clauses = new ArrayList<>();
        clauses.add(and());
        while (keyword("OR") || symbol("||")) {
            clauses.add(and());
        }
        return clauses.size() == 1 ? clauses.get(0) : new QueryNode.Or(clauses);
    }

    private QueryNode and() {
        List<QueryNode> clauses = new ArrayList<>();
        clauses.add(near());
        while (true) {
            skipSpace();
            if (at >= cps.length || peek() == ')' || lookingAtKeyword("OR") || lookingAt("||")) {
                break;
            }
            int operator = at + 1;
            boolean explicit = keyword("AND") || symbol("&&");
            skipSpace();
            if (explicit && (at >= cps.length || peek() == ')')) {
                throw new QuerySyntaxException(IndexMessages.andNeedsMore, operator, query);
            }
            clauses.add(near());
        }
        return clauses.size() == 1 ? clauses.get(0) : new QueryNode.And(clauses);
    }

    private QueryNode near() {
        QueryNode left = unary();
        while (true) {
            skipSpace();
            int column = at + 1;
            if (!lookingAtKeyword("NEAR") && !lookingAt("NEAR/")) {
                return left;
            }
            at += 4;
            int distance = DEFAULT_NEAR;
            if (at < cps.length && peek() == '/') {
                at++;
                distance = number(IndexMessages.nearNeedsNumber);
            }
            skipSpace();
            if (at >= cps.length || peek() == ')') {
                throw error(IndexMessages.nearNeedsMore);
            }
            left = new QueryNode.Near(left, unary(), distance, column);
        }
    }

    private QueryNode unary() {
        skipSpace();
        if (keyword("NOT") || symbol("!")) {
            return new QueryNode.Not(unary());
        }
        if (at < cps.length && peek() == '-' && at + 1 < cps.length && !Character.isWhitespace(cps[at + 1])) {
            at++;
            return new QueryNode.Not(unary());
        }
        return primary();
    }

    private QueryNode primary() {
        skipSpace();
        if (at >= cps.length) {
            throw error(IndexMessages.endsTooSoon);
        }
        int c = peek();
        if (c == '(') {
            int open = at + 1;
            at++;
            skipSpace();
            if (at < cps.length && peek() == ')') {
                throw error(IndexMessages.emptyParentheses);
            }
            QueryNode inner = or();
            skipSpace();
            if (at >= cps.length || peek() != ')') {
                throw new QuerySyntaxException(IndexMessages.neverClosed, open, query);
            }
            at++;
            return inner;
        }
        if (c == ')') {
            throw error(IndexMessages.closeWithoutOpen);
        }
        Field field = Field.TEXT;
        int fieldEnd = fieldPrefixEnd();
        if (fieldEnd > 0) {
            String name = text(at, fieldEnd).toLowerCase(Locale.ROOT);
            field = switch (name) {
                case "code" -> Field.CODE;
                case "doc", "document" -> Field.DOC;
                case "attr", "attribute" -> Field.ATTR;
                case "coder" -> Field.CODER;
                case "word" -> Field.WORD;
                case "lang", "language" -> Field.LANG;
                case "text" -> Field.TEXT;
                default -> throw error(NLS.bind(IndexMessages.unknownField, name));
            };
            at = fieldEnd + 1;
            if (at >= cps.length || Character.isWhitespace(peek())) {
                throw error(NLS.bind(IndexMessages.fieldNeedsValue, name));
            }
        }
        int column = at + 1;
        if (peek() == '"') {
            return phrase(field, column);
        }
        int start = at;
        while (at < cps.length && !Character.isWhitespace(peek()) && peek() != '(' && peek() != ')' && peek() != '"') {
            at++;
        }
        String word = text(start, at);
        if (word.equals("*") || word.equals("?")) {
            throw new QuerySyntaxException(IndexMessages.wildcardAlone, column, query);
        }
        boolean wildcard = word.indexOf('?') >= 0 || word.indexOf('*') >= 0 && word.indexOf('*') < word.length() - 1;
        if (wildcard && (word.startsWith("*") || word.startsWith("?"))) {
            throw new QuerySyntaxException(IndexMessages.wildcardFirst, column,
                    query);
        }
        Kind kind = wildcard ? Kind.WILDCARD : word.endsWith("*") ? Kind.PREFIX : Kind.EXACT;
        return new QueryNode.Term(field, kind == Kind.PREFIX ? word.substring(0, word.length() - 1) : word, kind, column);
    }

    private QueryNode phrase(Field field, int column) {
        at++;
        int start = at;
        while (at < cps.length && peek() != '"') {
            at++;
        }
        if (at >= cps.length) {
            throw new QuerySyntaxException(IndexMessages.quoteNeverClosed, column, query);
        }
        String text = text(start, at);
        at++;
        if (text.isBlank()) {
            throw new QuerySyntaxException(IndexMessages.emptyPhrase, column, query);
        }
        int slop = 0;
        if (at < cps.length && peek() == '~') {
            at++;
            slop = number(IndexMessages.slopNeedsNumber);
        }
        return new QueryNode.Phrase(field, text, slop, column);
    }

    /** The index of the ':' ending a field name at the cursor (letters only), or -1. */
    private int fieldPrefixEnd() {
        int i = at;
        while (i < cps.length && Character.isLetter(cps[i]) && cps[i] < 0x80) {
            i++;
        }
        return i > at && i < cps.length && cps[i] == ':' ? i : -1;
    }

    private int number(String problem) {
        int start = at;
        while (at < cps.length && Character.isDigit(peek())) {
            at++;
        }
        if (start == at) {
            throw error(problem);
        }
        try {
            return Integer.parseInt(text(start, at));
        } catch (NumberFormatException e) {
            throw new QuerySyntaxException(IndexMessages.numberTooLarge, start + 1, query);
        }
    }

    private boolean keyword(String word) {
        skipSpace();
        if (lookingAtKeyword(word)) {
            at += word.length();
            return true;
        }
        return false;
    }

    /** The operator as a whole word: followed by a space, a '(' or a quote. */
    private boolean lookingAtKeyword(String word) {
        if (!lookingAt(word)) {
            return false;
        }
        int after = at + word.length();
        return after == cps.length || Character.isWhitespace(cps[after]) || cps[after] == '(' || cps[after] == '"';
    }

    private boolean symbol(String s) {
        skipSpace();
        if (lookingAt(s)) {
            at += s.length();
            return true;
        }
        return false;
    }

    private boolean lookingAt(String s) {
        int[] want = s.codePoints().toArray();
        if (at + want.length > cps.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if (cps[at + i] != want[i]) {
                return false;
            }
        }
        return true;
    }

    private void skipSpace() {
        while (at < cps.length && Character.isWhitespace(cps[at])) {
            at++;
        }
    }

    private int peek() {
        return cps[at];
    }

    private String text(int from, int to) {
        return new String(cps, from, to - from);
    }

    private String rest(int max) {
        return text(at, Math.min(cps.length, at + max));
    }

    private QuerySyntaxException error(String problem) {
        return new QuerySyntaxException(problem, at + 1, query);
    }
}
