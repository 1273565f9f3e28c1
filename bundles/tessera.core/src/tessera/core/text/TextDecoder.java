package tessera.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import tessera.core.internal.CoreMessages;

/**
 * Decodes the bytes of a plain-text file: by its byte-order mark when it has one, as UTF-8 when the bytes are
 * valid UTF-8, else by ICU's statistical detection (GB18030/GBK, Big5, Shift_JIS, EUC-JP, EUC-KR, the ISO-2022
 * forms, single-byte European encodings). A candidate counts only if it decodes every byte without error.
 */
public final class TextDecoder {

    /** Below this ICU confidence (0-100) a guess is not trusted. */
    private static final int MIN_CONFIDENCE = 10;

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes, String where) throws UndecodableTextException {
        DecodedText bom = byBom(bytes, where);
        if (bom != null) {
            return bom;
        }
        if (bytes.length == 0) {
            return new DecodedText("", "UTF-8", false);
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(new DecodedText(utf8, "UTF-8", false), where);
        }
        for (String name : candidates(bytes)) {
            Charset cs = Charset.forName(name);
            String text = strict(bytes, 0, cs);
            if (text != null && plausible(text, bytes, cs)) {
                return new DecodedText(text, cs.name(), false);
            }
        }
        throw new UndecodableTextException(NLS.bind(CoreMessages.unknownEncoding, where));
    }

    /** Decodes with the encoding the user named, reporting the first byte that does not fit. */
    public static DecodedText decode(byte[] bytes, String where, Charset charset) throws UndecodableTextException {
        int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) && charset.equals(StandardCharsets.UTF_8) ? 3 : 0;
        String text = strict(bytes, skip, charset);
        if (text == null) {
            throw new UndecodableTextException(NLS.bind(CoreMessages.invalidBytes, new Object[] {where,
                    charset.name(), firstBadByte(bytes, skip, charset)}));
        }
        return checked(new DecodedText(text, charset.name(), skip > 0), where);
    }

    private static DecodedText byBom(byte[] b, String where) throws UndecodableTextException {
        String[][] boms = {{"UTF-32BE", "4"}, {"UTF-32LE", "4"}, {"UTF-8", "3"}, {"UTF-16BE", "2"}, {"UTF-16LE", "2"}};
        boolean[] matches = {startsWith(b, 0, 0, 0xFE, 0xFF), startsWith(b, 0xFF, 0xFE, 0, 0), startsWith(b, 0xEF, 0xBB, 0xBF),
            startsWith(b, 0xFE, 0xFF), startsWith(b, 0xFF, 0xFE)};
        for (int i = 0; i < boms.length; i++) {
            if (matches[i]) {
                Charset cs = Charset.forName(boms[i][0]);
                int skip = Integer.parseInt(boms[i][1]);
                String text = strict(b, skip, cs);
                if (text == null) {
                    throw new UndecodableTextException(NLS.bind(CoreMessages.badBom, new Object[] {where,
                            cs.name(), firstBadByte(b, skip, cs)}));
                }
                return checked(new DecodedText(text, cs.name(), true), where);
            }
        }
        return null;
    }

    private static List<String> candidates(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        List<String> names = new ArrayList<>();
        for (CharsetMatch m : detector.detectAll()) {
            if (m.getConfidence() >= MIN_CONFIDENCE && Charset.isSupported(m.getName())) {
                names.add(m.getName());
            }
        }
        return names;
    }

    /**
     * Rejects decodings that read as control characters, and single-byte guesses for bytes that are mostly above
     * 0x7F: European text is mostly ASCII, so such bytes are an East Asian encoding that nothing recognised.
     */
    private static boolean plausible(String text, byte[] bytes, Charset cs) {
        if (hasControlCharacters(text) || !mostlyCommonScripts(text)) {
            return false;
        }
        boolean singleByte = cs.newEncoder().maxBytesPerChar() <= 1.0f;
        if (singleByte) {
            long high = 0;
            for (byte x : bytes) {
                if (x < 0) {
                    high++;
                }
            }
            return high * 10 <= bytes.length * 3L;
        }
        return true;
    }

    /**
     * A wrong guess turns bytes into characters of scripts that seldom meet (Ethiopic beside private-use
     * beside Yi); text in a legacy encoding is Latin, Greek, Cyrillic, Han, kana, Hangul, Thai, Arabic or Hebrew,
     * with punctuation and spaces.
     */
    private static boolean mostlyCommonScripts(String text) {
        int common = 0;
        int total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            total++;
            switch (Character.UnicodeScript.of(cp)) {
                case COMMON, INHERITED, LATIN, GREEK, CYRILLIC, HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO, THAI, ARABIC,
                        HEBREW -> common++;
                default -> { }
            }
        }
        return common * 10 >= total * 9;
    }

    private static DecodedText checked(DecodedText t, String where) throws UndecodableTextException {
        if (hasControlCharacters(t.text())) {
            throw new UndecodableTextException(NLS.bind(CoreMessages.binary, where));
        }
        return t;
    }

    private static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F)) {
                return true;
            }
        }
        return false;
    }

    private static String strict(byte[] bytes, int offset, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static long firstBadByte(byte[] bytes, int offset, Charset cs) {
        var decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 16);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
