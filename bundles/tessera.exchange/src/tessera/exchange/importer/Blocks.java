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

    /** White space runs become one space, or nothing between two CJK characters; the ends are trimmed. */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (Character.isWhitespace(c) || c == 0xA0) {
                int j = i;
                while (j < s.length() && (Character.isWhitespace(s.codePointAt(j)) || s.codePointAt(j) == 0xA0)) {
                    j += Character.charCount(s.codePointAt(j));
                }
                boolean cjkBefore = out.length() > 0 && cjk(out.codePointBefore(out.length()));
                boolean cjkAfter = j < s.length() && cjk(s.codePointAt(j));
                if (out.length() > 0 && j < s.length() && !(cjkBefore && cjkAfter)) {
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

    static boolean cjk(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFF60;
    }
}
