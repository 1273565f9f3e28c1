package tessera.core.text;

import java.util.Arrays;

/**
 * Converts between Unicode code-point positions, which Tessera stores (as REFI-QDA does), and UTF-16 offsets,
 * which Java strings and SWT use. It records only where the supplementary characters (surrogate pairs) lie, so
 * a text without any costs nothing and each conversion is a binary search.
 */
public final class CodePointIndex {

    private final int utf16Length;
    private final int codePointLength;
    /** UTF-16 offsets of the high surrogates of supplementary characters, ascending. */
    private final int[] pairs;

    private CodePointIndex(int utf16Length, int[] pairs) {
        this.utf16Length = utf16Length;
        this.pairs = pairs;
        this.codePointLength = utf16Length - pairs.length;
    }

    public static CodePointIndex of(CharSequence text) {
        int n = text.length();
        int[] found = new int[16];
        int count = 0;
        for (int i = 0; i < n - 1; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i++;
            }
        }
        return new CodePointIndex(n, Arrays.copyOf(found, count));
    }

    public int utf16Length() {
        return utf16Length;
    }

    public int codePointLength() {
        return codePointLength;
    }

    /** The UTF-16 offset of code-point position {@code cp} (0 to the code-point length, inclusive). */
    public int toUtf16(int cp) {
        if (cp < 0 || cp > codePointLength) {
            throw new IndexOutOfBoundsException("code point position " + cp + " outside [0, " + codePointLength + "]");
        }
        // pairs[i] - i is the code-point position of the i-th supplementary character: count those before cp.
        int lo = 0;
        int hi = pairs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[mid] - mid < cp) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return cp + lo;
    }

    /**
     * The code-point position of UTF-16 offset {@code utf16}.
     *
     * @throws IllegalArgumentException when the offset falls between the two halves of a surrogate pair
     */
    public int toCodePoint(int utf16) {
        if (utf16 < 0 || utf16 > utf16Length) {
            throw new IndexOutOfBoundsException("UTF-16 offset " + utf16 + " outside [0, " + utf16Length + "]");
        }
        int before = countPairsBefore(utf16);
        if (before > 0 && pairs[before - 1] + 1 == utf16) {
            throw new IllegalArgumentException("UTF-16 offset " + utf16 + " splits a surrogate pair");
        }
        return utf16 - before;
    }

    /** Like {@link #toCodePoint(int)}, but an offset inside a pair moves back to the pair's start (for selections). */
    public int toCodePointFloor(int utf16) {
        int before = countPairsBefore(Math.max(0, Math.min(utf16, utf16Length)));
        int u = before > 0 && pairs[before - 1] + 1 == utf16 ? utf16 - 1 : utf16;
        return toCodePoint(u);
    }

    /** Like {@link #toCodePoint(int)}, but an offset inside a pair moves on to the pair's end (for selection ends). */
    public int toCodePointCeil(int utf16) {
        int u = Math.max(0, Math.min(utf16, utf16Length));
        int before = countPairsBefore(u);
        return toCodePoint(before > 0 && pairs[before - 1] + 1 == u ? u + 1 : u);
    }

    private int countPairsBefore(int utf16) {
        int lo = 0;
        int hi = pairs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[mid] < utf16) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The text of [startCp, endCp) in code points. */
    public static String slice(String text, CodePointIndex index, int startCp, int endCp) {
        return text.substring(index.toUtf16(startCp), index.toUtf16(endCp));
    }
}
