package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;

import tessera.ui.handlers.ImportDocumentsHandler;

/** Importing documents from the workbench runs as a Job; the Documents view shows them. */
class ImportDocumentsTest extends SampleWorkbenchTest {

    @Test
    void markdownAndHtmlArriveInTheProject() throws Exception {
        Path md = dir.resolve("访谈记录.md");
        Files.writeString(md, "# 访谈\n\n地方政府的**作用**。", StandardCharsets.UTF_8);
        Path html = dir.resolve("press.html");
        Files.writeString(html, "<h1>Press</h1><p>Sister cities meet.</p>", StandardCharsets.UTF_8);
        DocumentsView documents = (DocumentsView) page.showView(DocumentsView.ID);
        int before = store.documents().size();
        Job job = ImportDocumentsHandler.schedule(store, List.of(md, html), null);
        job.join();
        processEvents();
        assertEquals(before + 2, store.documents().size());
        assertEquals("访谈\n地方政府的作用。", store.text(store.documentByName("访谈记录").orElseThrow().id()));
        assertTrue(documents.viewer().getTable().getItemCount() >= before + 2, "the view lists them");
    }
}
