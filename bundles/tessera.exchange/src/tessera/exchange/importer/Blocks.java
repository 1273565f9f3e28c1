package tessera.exchange.importer;

import tessera.core.text.PlainText;

/**
 * Collects the blocks of a structured document (paragraphs, headings, list items, table rows) into plain text, one
 * block to a line, white space inside a block collapsed, empty blocks dropped; lines broken inside CJK text are
 * joined without a space, as they were never meant to hold one.
 */
final class Blocks {

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder block = new StringBuilder();

    /** Adds text to the current block. */
    Blocks add(String s) {
        block.append(s);
        return this;
    }

    /** Ends the current block, if it holds anything. */
    Blocks end() {
        String b = collapse(block.toString());
        block.setLength(0);
        if (!b.isEmpty()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(b);
        }
        return this;
    }

    String text() {
        end();
        return PlainText.normalize(text.toString());
    }

    /**
     * White space runs become one space, or nothing between two CJK characters; the ends are trimmed. Runs of other
     * characters are copied whole (no white space is outside the BMP, so UTF-16 units can be tested one by one):
     * code point by code point, this was a fifth of a Word import.
     */
    static String collapse(String s) {
        int first = firstSpace(s, 0);
        if (first == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int space = firstSpace(s, i);
            out.append(s, i, space);
            int j = space;
            while (j < s.length() && space(s.charAt(j))) {
                j++;
            }
            if (out.length() > 0 && j < s.length()
                    && !(cjk(out.codePointBefore(out.length())) && cjk(s.codePointAt(j)))) {
                out.append(' ');
            }
            i = j;
        }
        return out.toString();
    }

    private static int firstSpace(String s, int from) {
        int i = from;
        while (i < s.length() && !space(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    static boolean cjk(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFF60;
    }
}
