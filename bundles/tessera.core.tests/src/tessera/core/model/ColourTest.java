package tessera.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColourTest {

    @Test
    void readsBothHexFormsInEitherCaseAndWritesTheStoredForm() {
        assertEquals(new Colour(0xF5, 0x82, 0x31), Colour.parse("#F58231").orElseThrow());
        assertEquals("#f58231", Colour.parse(" #f58231 ").orElseThrow().hex());
        assertEquals("#aabbcc", Colour.parse("#ABC").orElseThrow().hex());
        for (String bad : new String[] {null, "", "f58231", "#f5823", "#f582311", "#ggg", "red", "#12345G"}) {
            assertTrue(Colour.parse(bad).isEmpty(), String.valueOf(bad));
        }
        assertEquals(new Colour(128, 128, 128), Colour.of("not a colour"));
        assertThrows(IllegalArgumentException.class, () -> new Colour(256, 0, 0));
    }

    @Test
    void tintsMixWithWhite() {
        Colour c = new Colour(0, 100, 255);
        assertEquals(c, c.tint(1));
        assertEquals(new Colour(255, 255, 255), c.tint(0));
        assertEquals(new Colour(153, 193, 255), c.tint(0.4));
    }
}
