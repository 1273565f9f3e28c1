package tessera.exchange.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** White space inside a block: collapsed, trimmed, and dropped between CJK characters, in any script. */
class BlocksTest {

    /** The rule stated code point by code point, as the reader first had it. */
    private static String byCodePoints(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (Character.isWhitespace(c) || c == 0xA0) {
                int j = i;
                while (j < s.length() && (Character.isWhitespace(s.codePointAt(j)) || s.codePointAt(j) == 0xA0)) {
                    j += Character.charCount(s.codePointAt(j));
                }
                if (out.length() > 0 && j < s.length() && !(Blocks.cjk(out.codePointBefore(out.length()))
                        && Blocks.cjk(s.codePointAt(j)))) {
                    out.append(' ');
                }
                i = j;
            } else {
                out.appendCodePoint(c);
                i += Character.charCount(c);
            }
        }
        return out.toString();
    }

    @Test
    void examples() {
        assertEquals("城市外交", Blocks.collapse(" 城市\n 外交\t"));
        assertEquals("Sister cities 姐妹城市", Blocks.collapse("Sister \u00A0 cities\n姐妹 城市"));
        assertEquals("\uD842\uDFB7田", Blocks.collapse("\uD842\uDFB7 \u3000田"), "a Han letter outside the BMP");
        assertEquals("a b", Blocks.collapse("a\u2003\u00A0b"));
        assertEquals("", Blocks.collapse(" \t\n"));
    }

    @Test
    void sameAsTheRuleCodePointByCodePointOnRandomText() {
        int[] pool = {'a', 'Z', '1', ' ', '\t', '\n', 0xA0, 0x2003, 0x3000, 0x3001, 0x57CE, 0x5E02, 0x3042, 0x30AB,
            0xAC00, 0xFF01, 0x20BB7, 0x1F600, 0x0410, 0x05D0};
        Random r = new Random(16);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) {
                s.appendCodePoint(pool[r.nextInt(pool.length)]);
            }
            assertEquals(byCodePoints(s.toString()), Blocks.collapse(s.toString()), s.toString());
        }
    }
}
