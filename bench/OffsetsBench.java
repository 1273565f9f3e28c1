import java.util.Random;

import tessera.core.text.CodePointIndex;

/**
 * Code point <-> UTF-16 conversion on a multi-megabyte document: building the index, then random conversions,
 * beside String.offsetByCodePoints / codePointCount, which is what code without an index does.
 */
public class OffsetsBench {

    public static void main(String[] args) {
        int chars = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        Random random = new Random(2016);
        StringBuilder b = new StringBuilder(chars + 16);
        while (b.length() < chars) {
            int kind = random.nextInt(100);
            b.appendCodePoint(kind == 0 ? 0x20000 + random.nextInt(0xA6D0)        // CJK Extension B, 1%
                    : kind == 1 ? 0x1F600 + random.nextInt(0x40)                   // emoji, 1%
                    : kind < 70 ? 0x4E00 + random.nextInt(0x5000) : 'a' + random.nextInt(26));
        }
        String text = b.toString();
        int probes = 1_000_000;
        int[] cps = new int[probes];
        CodePointIndex warm = null;
        for (int i = 0; i < 5; i++) {
            warm = CodePointIndex.of(text);
        }
        for (int i = 0; i < probes; i++) {
            cps[i] = random.nextInt(warm.codePointLength() + 1);
        }
        long t0 = System.nanoTime();
        CodePointIndex index = CodePointIndex.of(text);
        long t1 = System.nanoTime();
        long sum = 0;
        for (int round = 0; round < 3; round++) {
            for (int cp : cps) {
                sum += index.toCodePoint(index.toUtf16(cp));
            }
        }
        long t2 = System.nanoTime();
        int naiveProbes = 2_000;
        for (int i = 0; i < naiveProbes; i++) {
            int u = text.offsetByCodePoints(0, cps[i]);
            sum += text.codePointCount(0, u);
        }
        long t3 = System.nanoTime();
        double perConversionNs = (t2 - t1) / (3.0 * probes * 2);
        double naiveNs = (t3 - t2) / (naiveProbes * 2.0);
        System.out.printf("text: %d UTF-16 units (%.1f MB as UTF-8), %d code points, %d supplementary characters%n",
                text.length(), text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6,
                index.codePointLength(), text.length() - index.codePointLength());
        System.out.printf("index build: %.1f ms%n", (t1 - t0) / 1e6);
        System.out.printf("one conversion with the index: %.0f ns (%d conversions)%n", perConversionNs, 6L * probes);
        System.out.printf("one conversion by scanning the string: %.0f ns (%.0fx slower)%n", naiveNs, naiveNs / perConversionNs);
        System.out.println("(checksum " + sum + ")");
    }
}
