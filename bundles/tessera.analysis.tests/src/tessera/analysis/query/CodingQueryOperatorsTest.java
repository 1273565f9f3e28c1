package tessera.analysis.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tessera.analysis.query.QueryProject.r;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operator on hand-placed codings with exact expected ranges: overlapping, touching and nested segments of
 * one code included. The text starts with 𠮷 (one code point, two UTF-16 units) so that any position counted in
 * UTF-16 would be off by one.
 */
class CodingQueryOperatorsTest {

    @TempDir
    Path dir;
    QueryProject q;
    long doc;

    @BeforeEach
    void project() {
        q = new QueryProject(dir);
        doc = q.document("d", "𠮷" + "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    }

    @AfterEach
    void close() {
        q.close();
    }

    @Test
    void andIntersectsTheStretchesEachSideCovers() {
        q.code(doc, q.a, 0, 10);
        q.code(doc, q.a, 5, 15); // overlaps A's own: the stretch is [0, 15)
        q.code(doc, q.b, 12, 20);
        q.code(doc, q.b, 2, 4);
        assertEquals(r(2, 4, 12, 15), q.ranges("code:A AND code:B", doc));
        assertEquals(r(2, 4, 12, 15), q.ranges("code:B and code:A", doc), "keywords in any case, either order");
    }

    @Test
    void touchingSegmentsOfTwoCodesDoNotIntersect() {
        q.code(doc, q.a, 0, 5);
        q.code(doc, q.b, 5, 9);
        assertEquals(r(), q.ranges("code:A AND code:B", doc));
    }

    @Test
    void orMergesTouchingAndOverlappingStretches() {
        q.code(doc, q.a, 0, 5);
        q.code(doc, q.b, 5, 9);
        q.code(doc, q.a, 20, 25);
        q.code(doc, q.b, 22, 30);
        q.code(doc, q.b, 40, 41);
        assertEquals(r(0, 9, 20, 30, 40, 41), q.ranges("code:A OR code:B", doc));
    }

    @Test
    void notTakesTheRightSidesStretchesOut() {
        q.code(doc, q.a, 0, 15);
        q.code(doc, q.b, 3, 5);
        q.code(doc, q.b, 8, 10);
        q.code(doc, q.b, 14, 30);
        assertEquals(r(0, 3, 5, 8, 10, 14), q.ranges("code:A NOT code:B", doc));
    }

    @Test
    void overlapsKeepsWholeSegmentsAndTouchingIsNotOverlapping() {
        q.code(doc, q.a, 0, 5);
        q.code(doc, q.a, 10, 20);
        q.code(doc, q.a, 11, 12);
        q.code(doc, q.a, 30, 35);
        q.code(doc, q.b, 4, 11);
        q.code(doc, q.b, 35, 40); // touches [30, 35)
        assertEquals(r(0, 5, 10, 20), q.ranges("code:A OVERLAPS code:B", doc));
    }

    @Test
    void insideNeedsTheWholeSegmentWithinOneOfTheOthers() {
        q.code(doc, q.a, 5, 8); // inside [4, 11)
        q.code(doc, q.a, 4, 11); // equal: inside
        q.code(doc, q.a, 3, 8); // starts before
        q.code(doc, q.a, 9, 14); // spans two B segments that touch: inside neither
        q.code(doc, q.b, 4, 11);
        q.code(doc, q.b, 11, 20);
        assertEquals(r(4, 11, 5, 8), q.ranges("code:A INSIDE code:B", doc));
        assertEquals(r(3, 8, 9, 14), q.ranges("code:A OUTSIDE code:B", doc));
    }

    @Test
    void nearCountsTheCharactersBetweenAndOverlapAsNone() {
        q.code(doc, q.a, 0, 5);
        q.code(doc, q.a, 20, 25);
        q.code(doc, q.a, 40, 45);
        q.code(doc, q.b, 8, 10); // 3 after [0, 5)
        q.code(doc, q.b, 14, 16); // 4 before [20, 25)
        q.code(doc, q.b, 44, 50); // overlaps [40, 45)
        assertEquals(r(0, 5, 40, 45), q.ranges("code:A NEAR/3 code:B", doc));
        assertEquals(r(0, 5, 20, 25, 40, 45), q.ranges("code:A NEAR/4 code:B", doc));
        assertEquals(r(40, 45), q.ranges("code:A NEAR/0 code:B", doc));
    }

    @Test
    void followedByLooksOnlyAfterTheSegmentEnds() {
        q.code(doc, q.a, 10, 15);
        q.code(doc, q.a, 30, 35);
        q.code(doc, q.a, 50, 55);
        q.code(doc, q.b, 17, 19); // 2 after [10, 15)
        q.code(doc, q.b, 25, 29); // before [30, 35): does not count
        q.code(doc, q.b, 52, 60); // overlaps [50, 55): starts before it ends
        assertEquals(r(10, 15), q.ranges("code:A FOLLOWED BY/2 code:B", doc));
        assertEquals(r(), q.ranges("code:A FOLLOWED BY/1 code:B", doc));
        assertEquals(r(10, 15, 30, 35), q.ranges("code:A FOLLOWED BY code:B", doc), "no distance: anywhere after");
    }

    @Test
    void subcodesCountUnlessTheCodeIsMarkedAlone() {
        q.code(doc, q.a, 0, 10);
        q.code(doc, q.sub, 5, 7);
        assertEquals(r(5, 7), q.ranges("code:A AND code:B", doc));
        assertEquals(r(), q.ranges("code:A AND code!:B", doc));
        assertEquals(r(5, 7), q.ranges("code:A AND code:B/Sub", doc));
    }

    @Test
    void parenthesesGroupAndOperatorsBindAsDocumented() {
        q.code(doc, q.a, 0, 10);
        q.code(doc, q.b, 5, 15);
        q.code(doc, q.p, 30, 40);
        // AND binds tighter than OR
        assertEquals(r(5, 10, 30, 40), q.ranges("code:A AND code:B OR code:P", doc));
        assertEquals(r(5, 10), q.ranges("code:A AND (code:B OR code:P)", doc));
        // the segment operators tighter than AND: (A OVERLAPS B) AND B
        assertEquals(r(5, 10), q.ranges("code:A OVERLAPS code:B AND code:B", doc));
    }
}
