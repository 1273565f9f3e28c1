package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

import tessera.core.ops.CreateCode;
import tessera.ui.handlers.HistoryAction;

/** Edit > Undo and Redo name the change after every change, a fresh sample has nothing to undo, and the keys. */
class EverydayBasicsTest extends SampleWorkbenchTest {

    @Test
    void undoAndRedoNameTheChangeAfterEveryChange() throws Exception {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        HistoryAction undo = new HistoryAction(window, true);
        HistoryAction redo = new HistoryAction(window, false);
        try {
            processEvents();
            assertEquals("&Undo", undo.getText(), "a fresh sample: nothing of the reader's to undo");
            assertFalse(undo.isEnabled());
            store.apply(new CreateCode(null, "Tourism"));
            processEvents();
            assertEquals("&Undo Create code \"Tourism\"", undo.getText());
            assertTrue(undo.isEnabled());
            store.apply(new CreateCode(null, "Trade & ports"));
            processEvents();
            assertEquals("&Undo Create code \"Trade && ports\"", undo.getText(), "an & is shown, not a mnemonic");
            store.undo();
            processEvents();
            assertEquals("&Undo Create code \"Tourism\"", undo.getText());
            assertEquals("&Redo Create code \"Trade && ports\"", redo.getText());
            assertTrue(redo.isEnabled());
        } finally {
            undo.dispose();
            redo.dispose();
        }
    }

    @Test
    void theStatusBarSaysWhereTheSelectionIsInParagraphsAndCharacters() throws Exception {
        var doc = store.documentByName("北九州市の国際環境協力").orElseThrow();
        var editor = (tessera.ui.editor.DocumentEditor) page.openEditor(
                new tessera.ui.editor.DocumentEditorInput(doc.id(), doc.name()), tessera.ui.editor.DocumentEditor.ID);
        processEvents();
        String text = store.text(doc.id());
        int at = text.indexOf("元職員の\uD842\uDFB7田さん");
        int start = text.codePointCount(0, at);
        int end = start + "元職員の\uD842\uDFB7田さん".codePointCount(0, 9);
        editor.textWidget().setSelection(editor.index().toUtf16(start), editor.index().toUtf16(end));
        processEvents();
        int paragraph = tessera.core.text.Paragraphs.of(text).paragraphOf(start) + 1;
        assertEquals("Paragraph " + paragraph + ", characters " + start + " to " + end + " (8 selected)",
                editor.selectionStatus(), "𠮷 is one character");
        assertTrue(paragraph > 1);
    }

    @Test
    void openingAHitFromAMaximisedViewBringsTheLayoutBack() throws Exception {
        page.showView(DocumentsView.ID);
        page.showView(CodebookView.ID);
        var search = page.showView(SearchView.ID);
        var searchRef = page.getReference(search);
        page.setPartState(searchRef, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        processEvents();
        assertEquals(org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED, page.getPartState(searchRef));
        DocumentsView.open(page, store.documents().get(0));
        processEvents();
        assertEquals(org.eclipse.ui.IWorkbenchPage.STATE_RESTORED, page.getPartState(searchRef));
        for (String id : List.of(DocumentsView.ID, CodebookView.ID)) {
            assertEquals(org.eclipse.ui.IWorkbenchPage.STATE_RESTORED, page.getPartState(page.findViewReference(id)),
                    id + " is back beside the document, not minimised in the trim");
        }
    }

    @Test
    void exitAndRedoHaveTheKeysUsersPress() {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertTrue(keys(bindings, "org.eclipse.ui.file.exit").contains("Ctrl+Q"),
                keys(bindings, "org.eclipse.ui.file.exit").toString());
        List<String> redo = keys(bindings, "org.eclipse.ui.edit.redo");
        assertTrue(redo.contains("Ctrl+Y") && redo.contains("Shift+Ctrl+Z"), redo.toString());
        assertTrue(keys(bindings, "org.eclipse.ui.window.showKeyAssist").contains("Shift+Ctrl+L"),
                keys(bindings, "org.eclipse.ui.window.showKeyAssist").toString());
    }

    @Test
    void dialogButtonsSpeakChinese() {
        // the platform has them in English only; tessera.nl.zh adds them to JFace's own resource bundle
        var jface = org.eclipse.jface.resource.JFaceResources.class.getClassLoader();
        var zh = java.util.ResourceBundle.getBundle("org.eclipse.jface.messages", java.util.Locale.SIMPLIFIED_CHINESE,
                jface);
        assertEquals("取消", zh.getString("cancel"));
        assertEquals("完成(&F)", zh.getString("finish"));
        assertEquals("下一步(&N) >", zh.getString("nextButton"));
        assertEquals("Cancel", java.util.ResourceBundle.getBundle("org.eclipse.jface.messages", java.util.Locale.ENGLISH,
                jface).getString("cancel"));
    }

    private static List<String> keys(IBindingService bindings, String command) {
        return Arrays.stream(bindings.getActiveBindingsFor(command)).map(TriggerSequence::format).toList();
    }
}
