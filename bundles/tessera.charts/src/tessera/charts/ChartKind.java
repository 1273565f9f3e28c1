package tessera.charts;

import java.util.Arrays;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import tessera.charts.internal.ChartMessages;

/** The charts Tessera draws, by the names the CLI gives them. */
public enum ChartKind {
    CODES_BY_ATTRIBUTE, CODE_FREQUENCIES, HIERARCHY, COOCCURRENCE_MAP, PORTRAIT, WORDCLOUD;

    /** The CLI's name: codes-by-attribute, code-frequencies... */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The name shown in the Charts view, in the user's language. */
    public String label() {
        return switch (this) {
            case CODES_BY_ATTRIBUTE -> ChartMessages.kindCodesByAttribute;
            case CODE_FREQUENCIES -> ChartMessages.kindCodeFrequencies;
            case HIERARCHY -> ChartMessages.kindHierarchy;
            case COOCCURRENCE_MAP -> ChartMessages.kindCooccurrence;
            case PORTRAIT -> ChartMessages.kindPortrait;
            case WORDCLOUD -> ChartMessages.kindWordCloud;
        };
    }

    public static ChartKind parse(String name) {
        return Arrays.stream(values()).filter(k -> k.cliName().equals(name.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(NLS.bind(ChartMessages.unknownKind, name,
                        String.join(", ", Arrays.stream(values()).map(ChartKind::cliName).toList()))));
    }
}
