package tessera.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.ops.AddDocument;

/** Real bytes in each encoding, produced by the JDK's encoders, are told apart and decoded exactly. */
class TextDecoderTest {

    static final String ZH_HANS = "城市外交是中日韩三国合作的重要组成部分。地方政府之间的交流与合作日趋增多，"
            + "友好城市的双边交往不断深入，论坛机制和协作平台也在逐步完善。这些变化值得研究者持续关注。";
    static final String ZH_HANT = "城市外交是中日韓三國合作的重要組成部分。地方政府之間的交流與合作日趨增多，"
            + "友好城市的雙邊交往不斷深入，論壇機制和協作平台也在逐步完善。這些變化值得研究者持續關注。";
    static final String JA = "北九州市と大連市は友好都市として長い交流の歴史を持っています。環境協力の分野では、"
            + "両市の職員が互いに訪問し、経験を共有してきました。市民どうしの交流も盛んです。";
    static final String KO = "부산과 후쿠오카는 바다를 사이에 둔 이웃 도시로서 오랫동안 교류해 왔습니다. "
            + "두 도시는 경제 협력과 관광 분야에서 함께 사업을 추진하고 있으며 시민 교류도 활발합니다.";

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"GB18030, ZH_HANS", "GBK, ZH_HANS", "Big5, ZH_HANT", "Shift_JIS, JA", "EUC-JP, JA", "EUC-KR, KO",
        "UTF-8, JA", "ISO-8859-1, LATIN"})
    void detectsEncodingFromRealBytes(String charset, String sample) throws Exception {
        String text = switch (sample) {
            case "ZH_HANS" -> ZH_HANS;
            case "ZH_HANT" -> ZH_HANT;
            case "JA" -> JA;
            case "KO" -> KO;
            default -> "Les villes jumelées échangent des délégations; la coopération décentralisée s'élargit "
                    + "à l'économie, à la culture et à l'éducation. Münster et Orléans en sont des exemples.";
        };
        DecodedText decoded = TextDecoder.decode(text.getBytes(Charset.forName(charset)), "sample");
        assertEquals(text, decoded.text(), "decoded as " + decoded.charset());
    }

    @Test
    void byteOrderMarksDecideAndAreRemoved() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = JA.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        DecodedText utf8 = TextDecoder.decode(withBom, "bom");
        assertEquals(JA, utf8.text());
        assertTrue(utf8.byBom());
        // Java's "UTF-16" encoder writes a big-endian BOM; UTF-16LE with an explicit BOM is what Windows writes.
        assertEquals(KO, TextDecoder.decode(KO.getBytes(StandardCharsets.UTF_16), "be").text());
        assertEquals(KO, TextDecoder.decode(("\uFEFF" + KO).getBytes(StandardCharsets.UTF_16LE), "le").text());
    }

    @Test
    void binaryIsRefusedWithTheFileName() {
        byte[] binary = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00};
        UndecodableTextException e = assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(binary, "doc.txt"));
        assertTrue(e.getMessage().startsWith("doc.txt:"), e.getMessage());
    }

    @Test
    void mostlyHighBytesThatNoEncodingExplainsAreRefused() {
        byte[] noise = new byte[400];
        new java.util.Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (noise[i] | 0x80); // high bytes only: no East Asian encoding decodes random pairs
        }
        assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(noise, "noise.txt"));
    }

    @Test
    void namedEncodingReportsTheFirstBadByte() {
        byte[] gbk = ("abc" + ZH_HANS).getBytes(Charset.forName("GBK"));
        UndecodableTextException e = assertThrows(UndecodableTextException.class,
                () -> TextDecoder.decode(gbk, "x.txt", StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains("not valid UTF-8 at byte 3"), e.getMessage());
    }

    @Test
    void importNormalisesCrlfAndBomSoOffsetsCountCharacters() throws Exception {
        Path file = dir.resolve("interview 1.txt");
        String source = "\uFEFF第一行\uD840\uDC0B\r\nsecond line 😀\r\n第三行";
        Files.write(file, source.getBytes(StandardCharsets.UTF_8));
        TextImport.Imported imported = TextImport.read(file, null);
        AddDocument op = imported.operation();
        assertEquals("interview 1", op.name());
        assertEquals("第一行\uD840\uDC0B\nsecond line 😀\n第三行", op.text());
        CodePointIndex index = CodePointIndex.of(op.text());
        assertEquals("second", CodePointIndex.slice(op.text(), index, 5, 11));
        assertEquals("第三行", CodePointIndex.slice(op.text(), index, 19, 22));
        assertEquals("zh", op.language());
    }

    @Test
    void languageGuess() {
        assertEquals("zh", LanguageGuess.of(ZH_HANS));
        assertEquals("ja", LanguageGuess.of(JA));
        assertEquals("ko", LanguageGuess.of(KO));
        assertEquals("en", LanguageGuess.of("The sister cities of the region trade and meet in forums."));
    }
}
