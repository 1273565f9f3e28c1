package tessera.exchange.export;

import tessera.core.model.Colour;

/** Light versions of code colours, so that text on a coloured cell stays readable. */
final class Tints {

    private Tints() {
    }

    static String light(String hex) {
        return Colour.parse(hex).map(c -> c.tint(0.4).hex()).orElse(null);
    }
}
