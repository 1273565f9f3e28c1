package tessera.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import tessera.ui.views.SampleWorkbenchTest;

/** The quick-code popup as a user drives it: typing filters, Enter hands on the first row; nothing blocks. */
class QuickCodePopupTest extends SampleWorkbenchTest {

    private QuickCodePopup open(boolean mayCreate, List<QuickCodePopup.Choice> chosen) {
        QuickCodePopup popup = new QuickCodePopup(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                store.codebook(), mayCreate, null, "Code With", chosen::add);
        popup.open();
        processEvents();
        return popup;
    }

    @Test
    void typingFiltersAndEnterChoosesTheFirstRow() {
        List<QuickCodePopup.Choice> chosen = new ArrayList<>();
        QuickCodePopup popup = open(true, chosen);
        assertTrue(popup.rows().size() > 5, "all codable codes at first: " + popup.rows());
        popup.type("loc");
        assertEquals(1, chosen.size());
        assertEquals("Drivers/Local", store.codebook().path(chosen.get(0).code().id()));
        assertNull(popup.getShell(), "Enter closes the popup");
    }

    @Test
    void aNameNoCodeHasOffersToCreateIt() {
        List<QuickCodePopup.Choice> chosen = new ArrayList<>();
        QuickCodePopup popup = open(true, chosen);
        popup.type("Soft power");
        assertEquals("Soft power", chosen.get(0).newName());
        List<QuickCodePopup.Choice> none = new ArrayList<>();
        QuickCodePopup recode = open(false, none);
        recode.type("Soft power");
        assertTrue(none.isEmpty(), "changing a coding's code offers no new code");
    }

    @Test
    void thePopupLiesInsideTheWindowWithoutTrimAndWithCodeColours() {
        var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        var window = shell.getBounds();
        // asked to open at the window's bottom right corner: it moves in
        QuickCodePopup popup = new QuickCodePopup(shell, store.codebook(), true,
                new org.eclipse.swt.graphics.Point(window.x + window.width - 5, window.y + window.height - 5),
                "Quick Code", c -> { });
        popup.open();
        processEvents();
        try {
            var b = popup.bounds();
            assertTrue(window.contains(b.x, b.y) && b.x + b.width <= window.x + window.width
                    && b.y + b.height <= window.y + window.height, b + " inside " + window);
            assertEquals(0, popup.getShell().getStyle() & org.eclipse.swt.SWT.TITLE, "no title bar");
            assertTrue(popup.rowImages() > 5, "each code with its colour");
        } finally {
            popup.close();
        }
    }

    @Test
    void aPlaceOutsideTheWindowIsMovedIn() {
        var window = new org.eclipse.swt.graphics.Rectangle(100, 100, 800, 600);
        var size = new org.eclipse.swt.graphics.Point(300, 200);
        assertEquals(new org.eclipse.swt.graphics.Point(600, 500),
                QuickCodePopup.inside(new org.eclipse.swt.graphics.Point(850, 700), size, window));
        assertEquals(new org.eclipse.swt.graphics.Point(100, 100),
                QuickCodePopup.inside(new org.eclipse.swt.graphics.Point(20, 30), size, window));
        assertEquals(new org.eclipse.swt.graphics.Point(200, 300),
                QuickCodePopup.inside(new org.eclipse.swt.graphics.Point(200, 300), size, window));
    }
}
