package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import tessera.ui.export.ExportWizard;

/** The Matrix view's heat map and its segments, and an export run through the wizard, on the sample project. */
class MatrixAndExportTest extends SampleWorkbenchTest {

    @Test
    void heatMapCellsListTheirSegments() throws Exception {
        MatrixView view = (MatrixView) page.showView(MatrixView.ID);
        processEvents();
        assertEquals(10 + 1, view.table().getItemCount(), "a row per code and the totals");
        int column = -1;
        for (int c = 0; c < view.table().getColumnCount(); c++) {
            if (view.table().getColumn(c).getText().equals("东北亚城市合作的三重动力")) {
                column = c;
            }
        }
        int row = -1;
        for (int r = 0; r < view.table().getItemCount(); r++) {
            if (view.table().getItem(r).getText(0).strip().equals("Local")) {
                row = r;
            }
        }
        TableItem local = view.table().getItem(row);
        assertEquals("3", local.getText(column));
        assertNotEquals(new RGB(255, 255, 255), local.getBackground(column).getRGB(), "a heat-map colour");
        view.click(row, column - 1);
        assertEquals(column, view.markedColumn(), "the clicked cell stays marked");
        assertEquals(3, view.segments().getItemCount(), "Li Wei, Kim Minji and Sato Yuki");
        var table = view.table();
        int last = table.getColumnCount() - 1;
        assertEquals("Total", table.getColumn(last).getText());
        long rowSum = 0;
        for (int c = 1; c < last; c++) {
            String v = local.getText(c);
            rowSum += v.isEmpty() ? 0 : Long.parseLong(v);
        }
        assertEquals(Long.toString(rowSum), local.getText(last), "the row's total");
        java.util.Set<Integer> widths = new java.util.HashSet<>();
        for (int c = 1; c <= last; c++) {
            widths.add(table.getColumn(c).getWidth());
            assertEquals(org.eclipse.swt.SWT.RIGHT, table.getColumn(c).getAlignment());
        }
        assertEquals(1, widths.size(), "value columns of one width: " + widths);
        assertEquals("Total", table.getItem(table.getItemCount() - 1).getText(0));
        assertTrue(view.segments().getItem(0).getText(2).contains("城市自身的发展需求才是合作最直接的动力"));
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
