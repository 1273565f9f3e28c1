package tessera.exchange.sheet;

import java.util.List;

/** A column of a sheet: its header and width in characters; {@code choices} makes a drop-down list. */
public record Column(String header, int width, List<String> choices) {

    public static Column of(String header, int width) {
        return new Column(header, width, List.of());
    }
}
