package tessera.analysis.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tessera.analysis.query.QueryProject.r;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.index.query.QuerySyntaxException;

/** Paragraph distances, phrases mixed in, limits by coder, document, attribute and set, and the results' text. */
class CodingQueryTextAndLimitsTest {

    @TempDir
    Path dir;
    QueryProject q;

    @BeforeEach
    void project() {
        q = new QueryProject(dir);
    }

    @AfterEach
    void close() {
        q.close();
    }

    @Test
    void paragraphDistancesCountLineBreaks() {
        // paragraphs: [0, 5) "𠮷one." | [6, 11) "two.." | [12, 17) "three" | [18, 22) "four"
        long d = q.document("p", "𠮷one.\ntwo..\nthree\nfour");
        q.code(d, q.a, 0, 3);
        q.code(d, q.b, 7, 9); // next paragraph
        q.code(d, q.p, 19, 21); // three paragraphs on
        assertEquals(r(0, 3), q.ranges("code:A NEAR/1p code:B", d));
        assertEquals(r(), q.ranges("code:A NEAR/0p code:B", d));
        assertEquals(r(), q.ranges("code:A NEAR/2p code:P", d));
        assertEquals(r(0, 3), q.ranges("code:A NEAR/3p code:P", d));
        assertEquals(r(0, 3), q.ranges("code:A FOLLOWED BY/1p code:B", d));
        assertEquals(r(), q.ranges("code:P FOLLOWED BY/5p code:A", d), "A lies before P");
        assertEquals(r(0, 3), q.ranges("code:A FOLLOWED BY/3P code:P", d));
    }

    @Test
    void blankLinesBetweenParagraphsAreNotParagraphs() {
        // "𠮷one." [0, 5) | blank | "" | "two.." [8, 13) | "   " | "three" [18, 23)
        long d = q.document("b", "𠮷one.\n\n\ntwo..\n   \nthree");
        q.code(d, q.a, 0, 3);
        q.code(d, q.b, 8, 10);
        q.code(d, q.p, 19, 21);
        assertEquals(r(0, 3), q.ranges("code:A NEAR/1p code:B", d), "the next paragraph, two blank lines away");
        assertEquals(r(), q.ranges("code:A NEAR/1p code:P", d));
        assertEquals(r(0, 3), q.ranges("code:A NEAR/2p code:P", d));
        assertEquals(r(8, 10), q.ranges("code:B FOLLOWED BY/1p code:P", d));
    }

    @Test
    void aPhraseKeepsTheSegmentsThatContainItOrThatDoNot() {
        long d = q.document("e", "The sister city pact of 𠮷田 and Busan. Trade grew. SISTER  CITY ties.");
        q.code(d, q.a, 0, 37); // "The sister city ... Busan."
        q.code(d, q.a, 38, 49); // "Trade grew."
        q.code(d, q.a, 50, 62); // "SISTER  CITY": folded case and space
        assertEquals(r(0, 37, 50, 62), q.ranges("code:A AND \"sister city\"", d));
        assertEquals(r(0, 37, 50, 62), q.ranges("\"Sister City\" AND code:A", d));
        assertEquals(r(38, 49), q.ranges("code:A NOT \"sister city\"", d));
        assertEquals(r(4, 15, 50, 62), q.ranges("\"sister city\"", d), "a phrase alone: its hits");
        assertEquals(r(24, 26), q.ranges("\"𠮷田\" INSIDE code:A", d));
    }

    @Test
    void resultsCarryTheirTextAndTheCodesThatOverlapThem() {
        long d = q.document("zh", "𠮷田市与北九州市的环境合作");
        q.code(d, q.a, 0, 4);
        q.code(d, q.b, 2, 8, "other");
        q.code(d, q.sub, 3, 5);
        List<QuerySegment> out = CodingQuery.run(new QueryData(q.store), "code:A AND code:B");
        assertEquals(1, out.size());
        QuerySegment s = out.get(0);
        assertEquals("zh", s.document());
        assertEquals(2, s.start());
        assertEquals(4, s.end());
        assertEquals("市与", s.text());
        assertEquals(List.of("A", "B", "B/Sub"), s.codes());
    }

    @Test
    void coderDocumentAttributeAndSetLimits() {
        long jp = q.document("Kitakyushu", "x".repeat(30));
        long kr = q.document("Busan", "y".repeat(30));
        long cn = q.document("Dalian", "z".repeat(30));
        q.attribute(jp, "Country", "Japan");
        q.attribute(kr, "Country", "Korea");
        q.attribute(cn, "Country", "China");
        q.attribute(kr, "Level", "City");
        q.set("Coastal", jp, kr);
        for (long d : List.of(jp, kr, cn)) {
            q.code(d, q.a, 0, 10, "Li");
            q.code(d, q.a, 20, 25, "Kim");
        }
        QueryData data = new QueryData(q.store);
        assertEquals(r(0, 10), CodingQuery.ranges(data, "code:A coder:Li").in(jp));
        assertEquals(r(0, 10, 20, 25), CodingQuery.ranges(data, "code:A coder:Li coder:Kim").in(jp));
        assertEquals(java.util.Set.of(kr), CodingQuery.ranges(data, "code:A doc:Busan").documents());
        assertEquals(java.util.Set.of(jp, kr), CodingQuery.ranges(data, "code:A attr:Country=Japan attr:Country=Korea")
                .documents(), "values of one attribute: either");
        assertEquals(java.util.Set.of(kr), CodingQuery.ranges(data, "code:A attr:Country=Korea attr:Level=City")
                .documents(), "two attributes: both");
        assertEquals(java.util.Set.of(jp, kr), CodingQuery.ranges(data, "code:A set:Coastal").documents());
        assertEquals(java.util.Set.of(cn), CodingQuery.ranges(data, "(code:A OR code:B) attr:\"Country\"=\"China\"")
                .documents(), "a group limited, quoted name and value");
        assertEquals(r(20, 25), CodingQuery.ranges(data, "code:A coder:Kim NOT code:A coder:Li").in(cn));
    }

    @Test
    void namesThatDoNotExistAreErrorsAtTheirColumn() {
        q.document("d", "text");
        QueryData data = new QueryData(q.store);
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> CodingQuery.ranges(data, "code:A AND code:Nope"));
        assertEquals(12, e.column());
        assertTrue(e.getMessage().contains("Nope"), e.getMessage());
        assertEquals(8, assertThrows(QuerySyntaxException.class,
                () -> CodingQuery.ranges(data, "code:A coder:Nobody")).column());
        assertEquals(8, assertThrows(QuerySyntaxException.class,
                () -> CodingQuery.ranges(data, "code:A attr:Colour=red")).column());
        assertEquals(8, assertThrows(QuerySyntaxException.class,
                () -> CodingQuery.ranges(data, "code:A set:Missing")).column());
        assertEquals(8, assertThrows(QuerySyntaxException.class,
                () -> CodingQuery.ranges(data, "code:A doc:\"No such\"")).column());
    }
}
