package tessera.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

class CodePointIndexTest {

    /** U+2000B (CJK Extension B) and an emoji, both outside the BMP, among BMP Chinese. */
    static final String TEXT = "城\uD840\uDC0B市😀外交";

    @Test
    void convertsAroundSupplementaryCharacters() {
        CodePointIndex index = CodePointIndex.of(TEXT);
        assertEquals(8, index.utf16Length());
        assertEquals(6, index.codePointLength());
        int[] utf16OfCp = {0, 1, 3, 4, 6, 7, 8};
        for (int cp = 0; cp <= 6; cp++) {
            assertEquals(utf16OfCp[cp], index.toUtf16(cp), "cp " + cp);
            assertEquals(cp, index.toCodePoint(utf16OfCp[cp]));
        }
        assertEquals("\uD840\uDC0B市😀", CodePointIndex.slice(TEXT, index, 1, 4));
    }

    @Test
    void offsetInsideAPairIsRefusedOrFloored() {
        CodePointIndex index = CodePointIndex.of(TEXT);
        assertThrows(IllegalArgumentException.class, () -> index.toCodePoint(2));
        assertEquals(1, index.toCodePointFloor(2));
        assertEquals(2, index.toCodePointCeil(2), "a selection ending inside U+2000B takes all of it");
        assertEquals(3, index.toCodePointCeil(4));
        assertThrows(IndexOutOfBoundsException.class, () -> index.toUtf16(7));
        assertThrows(IndexOutOfBoundsException.class, () -> index.toCodePoint(-1));
    }

    @Test
    void agreesWithStringOnRandomMixedText() {
        Random random = new Random(42);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            int kind = random.nextInt(10);
            b.appendCodePoint(kind == 0 ? 0x20000 + random.nextInt(0xA6D0) : kind == 1 ? 0x1F600 + random.nextInt(0x40)
                    : kind < 5 ? 0x4E00 + random.nextInt(0x5000) : 'a' + random.nextInt(26));
        }
        String text = b.toString();
        CodePointIndex index = CodePointIndex.of(text);
        assertEquals(text.codePointCount(0, text.length()), index.codePointLength());
        for (int probe = 0; probe < 5_000; probe++) {
            int cp = random.nextInt(index.codePointLength() + 1);
            int u = text.offsetByCodePoints(0, cp);
            assertEquals(u, index.toUtf16(cp));
            assertEquals(cp, index.toCodePoint(u));
        }
    }

    @Test
    void bmpOnlyTextMapsToItself() {
        CodePointIndex index = CodePointIndex.of("中日韩 city diplomacy");
        assertEquals(5, index.toUtf16(5));
        assertEquals(18, index.toCodePoint(18));
    }
}
