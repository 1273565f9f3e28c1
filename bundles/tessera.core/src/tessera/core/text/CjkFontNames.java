package tessera.core.text;

import java.util.List;

/**
 * The font families, best first, that show Chinese, Japanese and Korean text well: the editor (SWT) and the charts
 * (AWT, SVG) both pick the first one the machine has, so a chart's labels look like the text they come from.
 */
public final class CjkFontNames {

    public static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Serif CJK SC",
            "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "Microsoft YaHei",
            "PingFang SC");

    /**
     * Families that cover the CJK extensions (Extension B and on: 𠮷, 𪚲) that the fonts above lack: Hanazono
     * (Debian's fonts-hanazono, which ./tessera and ./run-tests install) first.
     */
    public static final List<String> EXTENSIONS = List.of("HanaMinA", "HanaMinB", "Noto Serif CJK SC",
            "BabelStone Han", "SimSun-ExtB");

    private CjkFontNames() {
    }
}
