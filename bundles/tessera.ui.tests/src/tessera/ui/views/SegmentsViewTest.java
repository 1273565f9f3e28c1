package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;

import tessera.ui.editor.DocumentEditor;

class SegmentsViewTest extends SampleWorkbenchTest {

    @Test
    void segmentsOfTheSelectedCodesWithOrWithoutSubcodesOpenAtTheSegment() throws Exception {
        CodebookView codebook = (CodebookView) page.showView(CodebookView.ID);
        SegmentsView segments = (SegmentsView) page.showView(SegmentsView.ID);
        page.activate(codebook);
        codebook.viewer().setSelection(new StructuredSelection(store.codebook().byPath("Drivers").orElseThrow()), true);
        processEvents();
        assertEquals(18, segments.table().getItemCount(), "Global 5 + National 5 + Local 8");

        codebook.viewer().setSelection(new StructuredSelection(store.codebook().byPath("Roles").orElseThrow()), true);
        processEvents();
        assertEquals(4, segments.table().getItemCount());
        int quote = -1;
        for (int i = 0; i < 4; i++) {
            if (segments.table().getItem(i).getText(3).contains("田さん")) {
                quote = i;
            }
        }
        segments.openSegment(quote);
        processEvents();
        DocumentEditor editor = (DocumentEditor) page.getActiveEditor();
        String selected = editor.textWidget().getSelectionText();
        assertTrue(selected.startsWith("元職員の\uD842\uDFB7田さん"), selected);
        assertTrue(selected.endsWith("と振り返る。"), selected);
    }
}
