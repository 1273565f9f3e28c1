package tessera.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import tessera.exchange.refi.QdcExporter;
import tessera.ui.views.DocumentsView;
import tessera.ui.views.SampleWorkbenchTest;

/** File > Import...: the wizard's page, and the Job that brings documents and a codebook in with one report. */
class ImportWizardTest extends SampleWorkbenchTest {

    @Test
    void thePageNamesUnsupportedFilesAndAnUnknownEncoding() throws Exception {
        Path md = dir.resolve("访谈.md");
        Files.writeString(md, "# 访谈", StandardCharsets.UTF_8);
        Path odd = dir.resolve("photo.png");
        Files.write(odd, new byte[] {1});
        ImportWizard wizard = new ImportWizard(store, List.of(md, odd));
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            ImportFilesPage p = wizard.page();
            assertFalse(p.isPageComplete());
            assertTrue(p.getErrorMessage().contains("photo.png"), p.getErrorMessage());
            Table table = find(p.getControl(), Table.class);
            assertEquals(2, table.getItemCount());
            assertEquals("photo.png", table.getItem(1).getText(0));

            ImportWizard ok = new ImportWizard(store, List.of(md));
            WizardDialog second = new WizardDialog(dialog.getShell(), ok);
            second.setBlockOnOpen(false);
            second.open();
            assertTrue(ok.page().isPageComplete());
            assertNull(ok.page().charset(), "detect by default");
            Combo encoding = find(ok.page().getControl(), Combo.class);
            encoding.setText("GB18030");
            processEvents();
            assertEquals("GB18030", ok.page().charset().name());
            encoding.setText("no-such-encoding");
            processEvents();
            assertFalse(ok.page().isPageComplete());
            assertTrue(ok.page().getErrorMessage().contains("no-such-encoding"));
            second.close();
        } finally {
            dialog.close();
        }
    }

    @Test
    void documentsAndACodebookComeInAndTheFailureIsReported() throws Exception {
        Path md = dir.resolve("访谈记录.md");
        Files.writeString(md, "# 访谈\n\n地方政府的**作用**。", StandardCharsets.UTF_8);
        Path html = dir.resolve("press.html");
        Files.writeString(html, "<h1>Press</h1><p>Sister cities meet.</p>", StandardCharsets.UTF_8);
        Path broken = dir.resolve("broken.pdf");
        Files.writeString(broken, "not a pdf");
        Path qdc = dir.resolve("book.qdc");
        QdcExporter.export(store, qdc);
        DocumentsView documents = (DocumentsView) page.showView(DocumentsView.ID);
        int before = store.documents().size();
        int codes = store.codebook().size();
        AtomicReference<ImportJob.Report> report = new AtomicReference<>();
        ImportJob job = new ImportJob(store, List.of(md, html, broken, qdc), null, report::set);
        job.schedule();
        job.join();
        processEvents();
        assertEquals(before + 2, store.documents().size());
        assertEquals("访谈\n地方政府的作用。", store.text(store.documentByName("访谈记录").orElseThrow().id()));
        assertEquals(codes, store.codebook().size(), "the project's own codebook matches itself code for code");
        ImportJob.Report r = report.get();
        assertNotNull(r);
        assertEquals(3, r.imported().size(), r.imported().toString());
        assertTrue(r.imported().get(2).contains("book.qdc"), r.imported().toString());
        assertEquals(1, r.failed().size());
        assertTrue(r.failed().get(0).contains("broken.pdf"), r.failed().toString());
        assertTrue(documents.viewer().getTable().getItemCount() >= before + 2, "the Documents view lists them");
        String body = new ImportReportDialog(page.getWorkbenchWindow().getShell(), r).body();
        assertTrue(body.contains("broken.pdf") && body.contains("press"), body);
    }

    private static <T extends Control> T find(Control c, Class<T> type) {
        if (type.isInstance(c)) {
            return type.cast(c);
        }
        if (c instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
