package tessera.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import tessera.core.model.Code;
import tessera.core.ops.CreateCode;
import tessera.ui.views.CodebookView;
import tessera.ui.views.SampleWorkbenchTest;

/** The New Code dialog, and a new code shown and chosen in the Codebook wherever it was made. */
class NewCodeDialogTest extends SampleWorkbenchTest {

    @Test
    void nothingIsCalledWrongBeforeTypingAndATakenNameIsRefused() {
        long drivers = store.codebook().byPath("Drivers").orElseThrow().id();
        NewCodeDialog d = new NewCodeDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                store.codebook(), drivers);
        d.setBlockOnOpen(false);
        d.open();
        try {
            assertEquals("", d.problem(), "no complaint before the user types");
            assertFalse(d.canFinish(), "but no code without a name");
            d.fill("Local", "");
            assertTrue(d.problem().contains("Local"), d.problem());
            assertFalse(d.canFinish());
            d.fill("Tourism", "Visitors and their money as a reason to cooperate.");
            assertEquals("", d.problem());
            assertTrue(d.canFinish());
            d.okPressed();
            CreateCode made = d.result();
            assertEquals(drivers, made.parentId());
            assertEquals("Tourism", made.name());
            assertEquals("Visitors and their money as a reason to cooperate.", made.description());
            List<String> used = store.codebook().inOrder().stream().map(Code::colour).toList();
            assertFalse(used.contains(made.colour()), made.colour() + " is another code's colour");
        } finally {
            d.close();
        }
    }

    @Test
    void aNewCodeIsShownAndChosenInTheCodebook() throws Exception {
        CodebookView view = (CodebookView) page.showView(CodebookView.ID);
        processEvents();
        long modes = store.codebook().byPath("Modes").orElseThrow().id();
        long made = store.apply(new CreateCode(modes, "Sports exchanges")).inserted(tessera.core.store.Table.CODE);
        long deadline = System.currentTimeMillis() + 5000;
        while (view.selection().stream().noneMatch(c -> c.id() == made) && System.currentTimeMillis() < deadline) {
            processEvents();
            Thread.sleep(20);
        }
        assertEquals(List.of(made), view.selection().stream().map(Code::id).toList());
        assertNotEquals(store.code(modes).orElseThrow().colour(), store.code(made).orElseThrow().colour());
    }
}
