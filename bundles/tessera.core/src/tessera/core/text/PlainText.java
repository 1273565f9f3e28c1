package tessera.core.text;

/**
 * The canonical form of a document's plain text, which code-point positions refer to: no byte-order mark, and
 * every line break a single LF, so that CRLF files and LF files of the same words give the same positions.
 */
public final class PlainText {

    private PlainText() {
    }

    public static String normalize(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.indexOf('\r') < 0) {
            return t;
        }
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }
}
