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
}
