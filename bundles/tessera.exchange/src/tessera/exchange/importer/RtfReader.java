package tessera.exchange.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import tessera.exchange.internal.ExchangeMessages;

/**
 * Rich Text Format (.rtf, as Word, WordPad and TextEdit write it) in reading order: paragraphs, table rows (cells
 * separated by " | "), list markers as written, and each footnote right after the paragraph that cites it.
 * Characters come from {@code \\uN} (its fallback skipped) or from bytes in the code page of the current font's
 * charset, else the document's {@code \\ansicpg}, so GBK, Big5, Shift_JIS and Korean files read right. Font, colour
 * and style tables, pictures, headers, footers, field instructions, hidden text and unknown {@code \\*}
 * destinations are left out.
 */
public final class RtfReader implements DocumentReader {

    /** Larger files are refused unread. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final Set<String> SKIPPED = Set.of("colortbl", "stylesheet", "info", "pict", "header", "headerl",
            "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "fldinst", "xmlnstbl", "listtable",
            "listoverridetable", "rsidtbl", "generator", "themedata", "colorschememapping", "latentstyles", "datastore",
            "pgdsctbl", "annotation", "atnid", "atnauthor", "object", "objdata", "filetbl", "revtbl", "userprops",
            "nonshppict", "shpinst", "ftnsep", "ftnsepc", "aftnsep", "aftnsepc", "template", "docvar", "bkmkstart",
            "bkmkend", "wgrffmtfilter", "mmathPr", "fontemb", "fontfile", "falt", "panose");

    /** Windows code pages of the RTF font charsets. */
    private static final Map<Integer, Integer> CHARSET_PAGES = Map.ofEntries(Map.entry(0, 1252), Map.entry(128, 932),
            Map.entry(129, 949), Map.entry(130, 1361), Map.entry(134, 936), Map.entry(136, 950), Map.entry(161, 1253),
            Map.entry(162, 1254), Map.entry(163, 1258), Map.entry(177, 1255), Map.entry(178, 1256),
            Map.entry(186, 1257), Map.entry(204, 1251), Map.entry(222, 874), Map.entry(238, 1250));

    /** What a group inherits from its parent and may change for itself. */
    private static final class State {
        boolean skip;
        boolean hidden;
        boolean fontTable;
        boolean footnote;
        int uc = 1;
        int codePage;

        State copy() {
            State s = new State();
            s.skip = skip;
            s.hidden = hidden;
            s.fontTable = fontTable;
            s.footnote = footnote;
            s.uc = uc;
            s.codePage = codePage;
            return s;
        }
    }

    private byte[] in;
    private int pos;
    private int documentPage = 1252;
    private final Map<Integer, Integer> fontPages = new HashMap<>();
    private int fontBeingDefined = -1;
    private final Blocks blocks = new Blocks();
    private final StringBuilder paragraph = new StringBuilder();
    private final StringBuilder note = new StringBuilder();
    private final List<String> notes = new ArrayList<>();
    private final ByteArrayOutputStream pendingBytes = new ByteArrayOutputStream();
    private int pendingPage;
    private boolean pendingInNote;
    private int notesSeen;

    @Override
    public ExtractedText read(Path file) throws IOException, ImportException {
        if (Files.size(file) > MAX_BYTES) {
            throw new ImportException(NLS.bind(ExchangeMessages.tooLarge, file, MAX_BYTES / (1024 * 1024)));
        }
        RtfReader r = new RtfReader(); // state per file
        r.in = Files.readAllBytes(file);
        if (r.in.length < 5 || !new String(r.in, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("{\\rtf")) {
            throw new ImportException(NLS.bind(ExchangeMessages.notRtf, file));
        }
        try {
            r.parse();
        } catch (RuntimeException e) {
            throw new ImportException(NLS.bind(ExchangeMessages.brokenRtf, new Object[] {file, r.pos,
                    e.getMessage()}), e);
        }
        return new ExtractedText(r.blocks.text());
    }

    private void parse() {
        Deque<State> stack = new ArrayDeque<>();
        State state = new State();
        state.codePage = documentPage;
        int skipChars = 0;
        while (pos < in.length) {
            int c = in[pos] & 0xFF;
            if (c == '{') {
                flushBytes();
                stack.push(state);
                state = state.copy();
                pos++;
                if (startsWith("\\*")) {
                    state.skip = true; // an optional destination this reader does not know
                    pos += 2;
                }
            } else if (c == '}') {
                flushBytes();
                if (state.footnote && !stack.isEmpty() && !stack.peek().footnote) {
                    notes.add("[" + (++notesSeen) + "] " + note.toString().strip());
                    note.setLength(0);
                }
                if (state.fontTable && fontBeingDefined >= 0 && stack.peek() != null && !stack.peek().fontTable) {
                    fontBeingDefined = -1;
                }
                state = stack.isEmpty() ? state : stack.pop();
                pos++;
            } else if (c == '\\') {
                pos++;
                skipChars = control(state, skipChars);
            } else if (c == '\r' || c == '\n') {
                pos++;
            } else {
                pos++;
                if (skipChars > 0) {
                    skipChars--;
                } else if (!state.skip && !state.fontTable && !state.hidden) {
                    flushBytes();
                    emit(state, String.valueOf((char) c));
                }
            }
        }
        flushBytes();
        endParagraph();
    }

    /** Reads one control word or symbol after its backslash; returns the fallback characters still to skip. */
    private int control(State state, int skipChars) {
        if (pos >= in.length) {
            return 0;
        }
        int c = in[pos] & 0xFF;
        if (c == '\'') {
            int b = Integer.parseInt(new String(in, pos + 1, 2, java.nio.charset.StandardCharsets.US_ASCII), 16);
            pos += 3;
            if (skipChars > 0) {
                return skipChars - 1;
            }
            if (!state.skip && !state.fontTable && !state.hidden) {
                if (pendingBytes.size() > 0 && (pendingPage != state.codePage || pendingInNote != state.footnote)) {
                    flushBytes();
                }
                pendingPage = state.codePage;
                pendingInNote = state.footnote;
                pendingBytes.write(b);
            }
            return 0;
        }
        if (!Character.isLetter(c)) {
            pos++;
            flushBytes();
            if (state.skip || state.fontTable || state.hidden) {
                return skipChars;
            }
            switch (c) {
                case '\\', '{', '}' -> emit(state, String.valueOf((char) c));
                case '~' -> emit(state, "\u00A0");
                case '_' -> emit(state, "\u2011");
                case '\r', '\n' -> endParagraph();
                default -> {
                    // \- (optional hyphen) and symbols without text
                }
            }
            return 0;
        }
        int start = pos;
        while (pos < in.length && Character.isLetter(in[pos] & 0xFF)) {
            pos++;
        }
        String word = new String(in, start, pos - start, java.nio.charset.StandardCharsets.US_ASCII);
        Integer param = null;
        int numStart = pos;
        if (pos < in.length && (in[pos] == '-' || Character.isDigit(in[pos]))) {
            pos++;
            while (pos < in.length && Character.isDigit(in[pos])) {
                pos++;
            }
            param = Integer.parseInt(new String(in, numStart, pos - numStart, java.nio.charset.StandardCharsets.US_ASCII));
        }
        if (pos < in.length && in[pos] == ' ') {
            pos++;
        }
        if (!word.equals("u")) {
            flushBytes();
        }
        return word(state, word, param, skipChars);
    }

    private int word(State state, String word, Integer param, int skipChars) {
        boolean quiet = state.skip || state.fontTable || state.hidden;
        switch (word) {
            case "ansicpg" -> {
                documentPage = param == null ? 1252 : param;
                state.codePage = documentPage;
            }
            case "fonttbl" -> state.fontTable = true;
            case "f" -> {
                if (state.fontTable) {
                    fontBeingDefined = param == null ? -1 : param;
                } else if (param != null) {
                    state.codePage = fontPages.getOrDefault(param, documentPage);
                }
            }
            case "fcharset" -> {
                if (state.fontTable && fontBeingDefined >= 0 && param != null) {
                    fontPages.put(fontBeingDefined, CHARSET_PAGES.getOrDefault(param, documentPage));
                }
            }
            case "uc" -> state.uc = param == null ? 1 : param;
            case "u" -> {
                if (!quiet && param != null) {
                    flushBytes();
                    emit(state, String.valueOf((char) (param < 0 ? param + 65536 : param)));
                }
                return state.uc;
            }
            case "bin" -> pos += param == null ? 0 : param;
            case "v" -> state.hidden = param == null || param != 0;
            case "footnote" -> state.footnote = true;
            case "chftn" -> {
                // the automatic note number; the note is numbered when it is written out
            }
            case "par", "sect", "page" -> {
                if (!quiet) {
                    if (state.footnote) {
                        note.append(' ');
                    } else {
                        endParagraph();
                    }
                }
            }
            case "line" -> emitIfShown(state, "\n");
            case "tab" -> emitIfShown(state, " ");
            case "cell", "nestcell" -> emitIfShown(state, " | ");
            case "row", "nestrow" -> {
                if (!quiet) {
                    String row = paragraph.toString().replaceAll("(\\s*\\|\\s*)+$", "");
                    paragraph.setLength(0);
                    paragraph.append(row);
                    endParagraph();
                }
            }
            case "emdash" -> emitIfShown(state, "\u2014");
            case "endash" -> emitIfShown(state, "\u2013");
            case "bullet" -> emitIfShown(state, "\u2022");
            case "lquote" -> emitIfShown(state, "\u2018");
            case "rquote" -> emitIfShown(state, "\u2019");
            case "ldblquote" -> emitIfShown(state, "\u201C");
            case "rdblquote" -> emitIfShown(state, "\u201D");
            default -> {
                if (SKIPPED.contains(word)) {
                    state.skip = true;
                }
            }
        }
        return skipChars;
    }

    private void emitIfShown(State state, String s) {
        if (!state.skip && !state.fontTable && !state.hidden) {
            emit(state, s);
        }
    }

    private void emit(State state, String s) {
        (state.footnote ? note : paragraph).append(s);
    }

    private void flushBytes() {
        if (pendingBytes.size() == 0) {
            return;
        }
        Charset cs;
        try {
            cs = Charset.forName(pendingPage == 936 ? "GBK" : pendingPage == 950 ? "Big5" : pendingPage == 932
                    ? "windows-31j" : pendingPage == 949 ? "x-windows-949" : "windows-" + pendingPage);
        } catch (RuntimeException e) {
            cs = Charset.forName("windows-1252");
        }
        paragraphOrNote().append(new String(pendingBytes.toByteArray(), cs));
        pendingBytes.reset();
    }

    private StringBuilder paragraphOrNote() {
        return pendingInNote ? note : paragraph;
    }

    private void endParagraph() {
        blocks.add(paragraph.toString()).end();
        paragraph.setLength(0);
        notes.forEach(n -> blocks.add(n).end());
        notes.clear();
    }

    private boolean startsWith(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (pos + i >= in.length || in[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
