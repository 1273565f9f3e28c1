package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import tessera.core.model.Code;
import tessera.core.model.Coding;
import tessera.core.model.Document;
import tessera.core.store.CodingFilter;
import tessera.core.text.CodePointIndex;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.editor.DocumentEditorInput;

/** Coding a selection that holds a character outside the BMP through the real commands, then undo and redo. */
class CodeAndUndoTest extends SampleWorkbenchTest {

    private void run(String command) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
        processEvents();
    }

    @Test
    void codeSelectionStoresCodePointsAndUndoRedoWalkTheLog() throws Exception {
        Document doc = store.documentByName("北九州市の国際環境協力").orElseThrow();
        Code constraints = store.codebook().byPath("Constraints").orElseThrow();
        CodebookView codebook = (CodebookView) page.showView(CodebookView.ID);
        processEvents();
        codebook.viewer().setSelection(new StructuredSelection(constraints), true);
        DocumentEditor editor = (DocumentEditor) page.openEditor(new DocumentEditorInput(doc.id(), doc.name()),
                DocumentEditor.ID);
        processEvents();
        String text = editor.textWidget().getText();
        String name = "\uD842\uDFB7田さん";
        int at = text.indexOf(name);
        // The selection starts on U+20BB7, one code point but two UTF-16 units.
        editor.textWidget().setSelection(at, at + name.length());
        int before = store.codings(CodingFilter.document(doc.id())).size();

        run("tessera.ui.codeSelection");

        List<Coding> now = store.codings(new CodingFilter(doc.id(), Set.of(constraints.id()), null));
        CodePointIndex index = CodePointIndex.of(text);
        Coding added = now.stream().filter(c -> c.start() == index.toCodePoint(at)).findFirst().orElseThrow();
        assertEquals(index.toCodePoint(at) + 4, added.end(), "4 code points, 5 UTF-16 units");
        assertEquals(name, CodePointIndex.slice(text, index, added.start(), added.end()));
        assertEquals(before + 1, store.codings(CodingFilter.document(doc.id())).size());

        run("org.eclipse.ui.edit.undo");
        assertEquals(before, store.codings(CodingFilter.document(doc.id())).size());
        assertTrue(store.canRedo());
        run("org.eclipse.ui.edit.redo");
        assertEquals(before + 1, store.codings(CodingFilter.document(doc.id())).size());
        assertFalse(store.canRedo());
    }

    @Test
    void redoIsBoundToCtrlYAsInOtherCodingTools() throws Exception {
        org.eclipse.ui.keys.IBindingService bindings = PlatformUI.getWorkbench()
                .getService(org.eclipse.ui.keys.IBindingService.class);
        String ctrlY = org.eclipse.jface.bindings.keys.KeySequence.getInstance("M1+Y").format();
        assertTrue(java.util.Arrays.stream(bindings.getActiveBindingsFor("org.eclipse.ui.edit.redo"))
                .anyMatch(t -> t.format().equals(ctrlY)), "Ctrl+Y redoes");
    }
}
