package tessera.analysis.query;

import java.util.ArrayList;
import java.util.List;

import tessera.analysis.internal.AnalysisMessages;
import tessera.index.query.QuerySyntaxException;

/**
 * Splits a coding query into tokens: parentheses, "phrases", and words (operators and field:value terms, whose
 * values may hold "quoted parts" with spaces). Columns are 1-based code points.
 */
final class QueryTokens {

    enum Kind { OPEN, CLOSE, PHRASE, WORD }

    /** A token; {@code raw} keeps a word's quotes, {@code text} is a phrase's or word's text without them. */
    record Token(Kind kind, String raw, String text, int column) {
    }

    private QueryTokens() {
    }

    static List<Token> of(String query) {
        int[] cps = query.codePoints().toArray();
        List<Token> out = new ArrayList<>();
        int at = 0;
        while (at < cps.length) {
            int c = cps[at];
            if (Character.isWhitespace(c)) {
                at++;
            } else if (c == '(' || c == ')') {
                out.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, Character.toString(c), "", at + 1));
                at++;
            } else if (c == '"') {
                int close = closingQuote(cps, at, query);
                String text = new String(cps, at + 1, close - at - 1);
                if (text.isBlank()) {
                    throw new QuerySyntaxException(AnalysisMessages.queryEmptyPhrase, at + 1, query);
                }
                out.add(new Token(Kind.PHRASE, new String(cps, at, close - at + 1), text, at + 1));
                at = close + 1;
            } else {
                int start = at;
                StringBuilder text = new StringBuilder();
                while (at < cps.length && !Character.isWhitespace(cps[at]) && cps[at] != '(' && cps[at] != ')') {
                    if (cps[at] == '"') {
                        int close = closingQuote(cps, at, query);
                        text.append(new String(cps, at + 1, close - at - 1));
                        at = close + 1;
                    } else {
                        text.appendCodePoint(cps[at++]);
                    }
                }
                out.add(new Token(Kind.WORD, new String(cps, start, at - start), text.toString(), start + 1));
            }
        }
        return out;
    }

    private static int closingQuote(int[] cps, int open, String query) {
        for (int i = open + 1; i < cps.length; i++) {
            if (cps[i] == '"') {
                return i;
            }
        }
        throw new QuerySyntaxException(AnalysisMessages.queryUnclosedQuote, open + 1, query);
    }

    /** The raw text of a word with its quoted parts' quotes taken out, from code point {@code from}. */
    static String unquote(String raw, int from) {
        return raw.substring(raw.offsetByCodePoints(0, from)).replace("\"", "");
    }
}
