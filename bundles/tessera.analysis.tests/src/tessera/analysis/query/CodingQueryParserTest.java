package tessera.analysis.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import tessera.index.query.QuerySyntaxException;

/** The query syntax: what parses to what, and every malformed query's message and column. */
class CodingQueryParserTest {

    @Test
    void quotedPathsDistancesAndLimitsParse() {
        Expr e = CodingQueryParser.parse("code:\"Drivers/Local drivers\" coder:\"Li Wei\" NEAR/2p \"姐妹城市\"");
        Expr.Binary near = assertInstanceOf(Expr.Binary.class, e);
        assertEquals(Operator.NEAR, near.operator());
        assertEquals(new Expr.Distance(2, true), near.distance());
        Expr.CodeTerm code = assertInstanceOf(Expr.CodeTerm.class, near.left());
        assertEquals("Drivers/Local drivers", code.path());
        assertTrue(code.withSubcodes());
        assertEquals("Li Wei", code.limits().coders().get(0).value());
        assertEquals("姐妹城市", assertInstanceOf(Expr.Phrase.class, near.right()).text());
        Expr.Binary f = assertInstanceOf(Expr.Binary.class, CodingQueryParser.parse("code!:A followed by/7 code:B"));
        assertEquals(Operator.FOLLOWED_BY, f.operator());
        assertEquals(new Expr.Distance(7, false), f.distance());
        assertTrue(!assertInstanceOf(Expr.CodeTerm.class, f.left()).withSubcodes());
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', value = {
        "''                            | 1  | empty",
        "code:A AND                    | 11 | ends where",
        "code:A AND (code:B            | 12 | never closed",
        "code:A)                       | 7  | without a (",
        "code:A AND \"sister           | 12 | quote is never closed",
        "code:A sister                 | 8  | neither an operator nor a field",
        "code:A NEAR/x code:B          | 8  | whole distance",
        "code:A FOLLOWED code:B        | 8  | needs BY",
        "code:A AND ()                 | 12 | Nothing between",
        "coder:Li                      | 1  | nothing comes before it",
        "\"city\" coder:Li             | 8  | right after code:",
        "code:A AND OR code:B          | 12 | not the operator",
        "code:A attr:Country           | 8  | NAME=VALUE",
        "code:                         | 1  | needs a value",
        "colour:red                    | 1  | Unknown field",
        "code:A AND \"\"               | 12 | phrase is empty",
    })
    void malformedQueriesSayWhatAndWhere(String query, int column, String says) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> CodingQueryParser.parse(query));
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertTrue(e.getMessage().contains("column " + column), e.getMessage());
    }

    @Test
    void columnsCountCodePoints() {
        // 𠮷 is two UTF-16 units but one column
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> CodingQueryParser.parse("code:𠮷 AND nope"));
        assertEquals(12, e.column());
    }
}
