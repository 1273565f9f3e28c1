package tessera.analysis.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import tessera.analysis.internal.AnalysisMessages;
import tessera.analysis.query.Expr.Distance;
import tessera.analysis.query.Expr.Limit;
import tessera.analysis.query.Expr.Limits;
import tessera.analysis.query.QueryTokens.Kind;
import tessera.analysis.query.QueryTokens.Token;
import tessera.index.query.QuerySyntaxException;

/**
 * Parses a coding query. OR binds loosest, then AND and NOT (A NOT B: A less B), then the segment operators
 * (OVERLAPS, INSIDE, OUTSIDE, NEAR/N, NEAR/Np, FOLLOWED BY/N), all left to right; limits (coder:, doc:, attr:,
 * set:) follow the operand they limit. Every error says what is wrong and at which column.
 */
public final class CodingQueryParser {

    private static final Pattern FIELD = Pattern.compile("(?i)(code!?|coder|doc|attr|set):(.*)", Pattern.DOTALL);
    private static final Pattern DISTANCE = Pattern.compile("(?i)/(\\d{1,9})(p?)");

    private final String query;
    private final List<Token> tokens;
    private int at;

    private CodingQueryParser(String query) {
        this.query = query;
        this.tokens = QueryTokens.of(query);
    }

    public static Expr parse(String query) {
        if (query == null || query.isBlank()) {
            throw new QuerySyntaxException(AnalysisMessages.queryEmpty, 1, query == null ? "" : query);
        }
        CodingQueryParser p = new CodingQueryParser(query);
        Expr e = p.or();
        if (p.at < p.tokens.size()) {
            Token t = p.tokens.get(p.at);
            boolean stray = t.kind() == Kind.WORD && !isOperator(t.text()) && !FIELDISH.matcher(t.raw()).matches();
            throw p.error(t.kind() == Kind.CLOSE ? AnalysisMessages.queryCloseWithoutOpen
                    : NLS.bind(stray ? AnalysisMessages.queryBareWord : AnalysisMessages.queryUnexpected, t.raw()), t);
        }
        return e;
    }

    private Expr or() {
        Expr left = and();
        while (keyword("OR")) {
            int column = tokens.get(at - 1).column();
            left = new Expr.Binary(Operator.OR, left, and(), null, column);
        }
        return left;
    }

    private Expr and() {
        Expr left = segment();
        while (lookingAt("AND") || lookingAt("NOT")) {
            Token op = tokens.get(at++);
            Operator o = Operator.valueOf(op.text().toUpperCase(Locale.ROOT));
            left = new Expr.Binary(o, left, segment(), null, op.column());
        }
        return left;
    }

    private Expr segment() {
        Expr left = limited();
        while (true) {
            Token op = peek();
            if (op == null || op.kind() != Kind.WORD) {
                return left;
            }
            String word = op.text().toUpperCase(Locale.ROOT);
            if (word.equals("OVERLAPS") || word.equals("INSIDE") || word.equals("OUTSIDE")) {
                at++;
                left = new Expr.Binary(Operator.valueOf(word), left, limited(), null, op.column());
            } else if (word.equals("NEAR") || word.startsWith("NEAR/")) {
                at++;
                Distance d = distance(op, word.substring(4), Distance.NEAR_DEFAULT);
                left = new Expr.Binary(Operator.NEAR, left, limited(), d, op.column());
            } else if (word.equals("FOLLOWED")) {
                at++;
                Token by = peek();
                String b = by == null ? "" : by.text().toUpperCase(Locale.ROOT);
                if (by == null || by.kind() != Kind.WORD || !(b.equals("BY") || b.startsWith("BY/"))) {
                    throw error(AnalysisMessages.queryFollowedNeedsBy, op);
                }
                at++;
                Distance d = distance(by, b.substring(2), Distance.ANY);
                left = new Expr.Binary(Operator.FOLLOWED_BY, left, limited(), d, op.column());
            } else {
                return left;
            }
        }
    }

    private Distance distance(Token op, String suffix, Distance none) {
        if (suffix.isEmpty()) {
            return none;
        }
        Matcher m = DISTANCE.matcher(suffix);
        if (!m.matches()) {
            throw error(NLS.bind(AnalysisMessages.queryBadDistance, op.raw()), op);
        }
        return new Distance(Integer.parseInt(m.group(1)), !m.group(2).isEmpty());
    }

    private Expr limited() {
        Token t = peek();
        if (t == null) {
            throw new QuerySyntaxException(AnalysisMessages.queryEndsTooSoon,
                    query.codePointCount(0, query.length()) + 1, query);
        }
        Expr operand = operand(t);
        List<Limit> coders = new ArrayList<>();
        List<Limit> docs = new ArrayList<>();
        List<Limit> attrs = new ArrayList<>();
        List<Limit> sets = new ArrayList<>();
        for (Token l = peek(); l != null && l.kind() == Kind.WORD && isLimit(l); l = peek()) {
            at++;
            Matcher m = FIELD.matcher(l.raw());
            m.matches();
            String field = m.group(1).toLowerCase(Locale.ROOT);
            String value = value(l, field);
            switch (field) {
                case "coder" -> {
                    if (!(operand instanceof Expr.CodeTerm)) {
                        throw error(AnalysisMessages.queryCoderOnlyOnCode, l);
                    }
                    coders.add(new Limit(null, value, l.column()));
                }
                case "doc" -> docs.add(new Limit(null, value, l.column()));
                case "set" -> sets.add(new Limit(null, value, l.column()));
                default -> attrs.add(attribute(l, m.group(2)));
            }
        }
        Limits limits = new Limits(coders, docs, attrs, sets);
        if (limits.none()) {
            return operand;
        }
        return switch (operand) {
            case Expr.CodeTerm c -> new Expr.CodeTerm(c.path(), c.withSubcodes(), limits, c.column());
            case Expr.Phrase p -> new Expr.Phrase(p.text(), limits, p.column());
            default -> new Expr.Group(operand, limits);
        };
    }

    private Expr operand(Token t) {
        switch (t.kind()) {
            case OPEN -> {
                at++;
                if (peek() != null && peek().kind() == Kind.CLOSE) {
                    throw error(AnalysisMessages.queryEmptyParentheses, t);
                }
                Expr inner = or();
                if (peek() == null || peek().kind() != Kind.CLOSE) {
                    throw error(AnalysisMessages.queryUnclosedParenthesis, t);
                }
                at++;
                return inner;
            }
            case CLOSE -> throw error(AnalysisMessages.queryExpectedOperand, t);
            case PHRASE -> {
                at++;
                return new Expr.Phrase(t.text(), Limits.NONE, t.column());
            }
            default -> {
                Matcher m = FIELD.matcher(t.raw());
                if (m.matches() && m.group(1).toLowerCase(Locale.ROOT).startsWith("code")
                        && !m.group(1).equalsIgnoreCase("coder")) {
                    at++;
                    return new Expr.CodeTerm(value(t, "code"), !m.group(1).endsWith("!"), Limits.NONE, t.column());
                }
                if (m.matches()) {
                    throw error(NLS.bind(AnalysisMessages.queryLimitFirst, t.raw()), t);
                }
                if (isOperator(t.text())) {
                    throw error(NLS.bind(AnalysisMessages.queryExpectedOperandFound, t.raw()), t);
                }
                throw error(NLS.bind(FIELDISH.matcher(t.raw()).matches() ? AnalysisMessages.queryUnknownField
                        : AnalysisMessages.queryBareWord, t.raw()), t);
            }
        }
    }

    private static final Pattern FIELDISH = Pattern.compile("[\\p{L}!]+:.*", Pattern.DOTALL);

    private String value(Token t, String field) {
        String raw = t.raw();
        String value = QueryTokens.unquote(raw, raw.indexOf(':') + 1).strip();
        if (value.isEmpty()) {
            throw error(NLS.bind(AnalysisMessages.queryEmptyValue, raw.substring(0, raw.indexOf(':') + 1)), t);
        }
        return value;
    }

    private Limit attribute(Token t, String rest) {
        int eq = equalsOutsideQuotes(rest);
        if (eq < 0) {
            throw error(AnalysisMessages.queryAttrNeedsEquals, t);
        }
        String name = rest.substring(0, eq).replace("\"", "").strip();
        String value = rest.substring(eq + 1).replace("\"", "").strip();
        if (name.isEmpty() || value.isEmpty()) {
            throw error(AnalysisMessages.queryAttrNeedsEquals, t);
        }
        return new Limit(name, value, t.column());
    }

    private static int equalsOutsideQuotes(String s) {
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '=' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLimit(Token t) {
        Matcher m = FIELD.matcher(t.raw());
        return m.matches() && !m.group(1).toLowerCase(Locale.ROOT).startsWith("code")
                || m.matches() && m.group(1).equalsIgnoreCase("coder");
    }

    private static boolean isOperator(String word) {
        String w = word.toUpperCase(Locale.ROOT);
        return List.of("AND", "OR", "NOT", "OVERLAPS", "INSIDE", "OUTSIDE", "NEAR", "FOLLOWED", "BY").contains(w)
                || w.startsWith("NEAR/") || w.startsWith("BY/");
    }

    private boolean keyword(String word) {
        if (lookingAt(word)) {
            at++;
            return true;
        }
        return false;
    }

    private boolean lookingAt(String word) {
        Token t = peek();
        return t != null && t.kind() == Kind.WORD && t.raw().equalsIgnoreCase(word);
    }

    private Token peek() {
        return at < tokens.size() ? tokens.get(at) : null;
    }

    private QuerySyntaxException error(String problem, Token t) {
        return new QuerySyntaxException(problem, t.column(), query);
    }
}
