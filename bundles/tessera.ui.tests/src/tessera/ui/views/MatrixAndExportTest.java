package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import tessera.ui.export.ExportWizard;

/** The Matrix view's heat map and its segments, and an export run through the wizard, on the sample project. */
class MatrixAndExportTest extends SampleWorkbenchTest {

    @Test
    void heatMapCellsListTheirSegments() throws Exception {
        MatrixView view = (MatrixView) page.showView(MatrixView.ID);
        processEvents();
        MatrixGrid grid = view.grid();
        assertEquals(10 + 1, grid.rowCount(), "a row per code and the totals");
        int column = -1;
        for (int c = 0; c < grid.columnCount(); c++) {
            if (grid.columnTitle(c).equals("东北亚城市合作的三重动力")) {
                column = c;
            }
        }
        int row = -1;
        for (int r = 0; r < grid.rowCount(); r++) {
            if (grid.rowLabel(r).strip().equals("Local")) {
                row = r;
            }
        }
        assertEquals("3", grid.text(row, column));
        assertNotEquals(new RGB(255, 255, 255), grid.background(row, column), "a heat-map colour");
        view.click(row, column);
        assertEquals(column, view.markedColumn(), "the clicked cell stays marked");
        assertEquals(3, view.segments().getItemCount(), "Li Wei, Kim Minji and Sato Yuki");
        int last = grid.columnCount() - 1;
        assertEquals("Total", grid.columnTitle(last));
        long rowSum = 0;
        for (int c = 0; c < last; c++) {
            String v = grid.text(row, c);
            rowSum += v.isEmpty() ? 0 : Long.parseLong(v);
        }
        assertEquals(Long.toString(rowSum), grid.text(row, last), "the row's total");
        assertEquals("Total", grid.rowLabel(grid.rowCount() - 1));
        assertTrue(view.segments().getItem(0).getText(2).contains("城市自身的发展需求才是合作最直接的动力"));

        // a new coding in that cell: the cell and its totals follow without the matrix being made again
        var matrixBefore = view.matrix();
        long doc = store.documentByName("东北亚城市合作的三重动力").orElseThrow().id();
        long local = store.codebook().inOrder().stream().filter(c -> c.name().equals("Local")).findFirst().orElseThrow()
                .id();
        store.apply(new tessera.core.ops.AddCoding(doc, local, 0, 3, "Li Wei")); // a coder the project knows
        processEvents();
        assertTrue(matrixBefore == view.matrix(), "followed in place");
        assertEquals("4", grid.text(row, column));
        assertEquals(Long.toString(rowSum + 1), grid.text(row, last));
    }

    @Test
    void wizardExportsInABackgroundJob() throws Exception {
        Path out = dir.resolve("from-wizard.xlsx");
        ExportWizard wizard = new ExportWizard(store, null);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.page().setDestination(out);
            assertTrue(wizard.canFinish());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        wizard.job().join();
        assertEquals(IStatus.OK, wizard.job().getResult().getSeverity(), wizard.job().getResult().getMessage());
        byte[] head = Files.readAllBytes(out);
        assertEquals('P', head[0]);
        assertEquals('K', head[1]);
    }
}
