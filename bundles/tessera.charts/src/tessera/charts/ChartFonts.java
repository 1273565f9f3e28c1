package tessera.charts;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Set;

import tessera.core.text.CjkFontNames;

/** The AWT font family charts draw with: the first CJK family the machine has, else the logical SansSerif. */
public final class ChartFonts {

    private static volatile String family;

    private ChartFonts() {
    }

    public static String family() {
        if (family == null) {
            Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames(java.util.Locale.ROOT));
            family = CjkFontNames.PREFERRED.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
        }
        return family;
    }

    public static Font of(int style, float size) {
        return new Font(family(), style, Math.round(size)).deriveFont(size);
    }
}
