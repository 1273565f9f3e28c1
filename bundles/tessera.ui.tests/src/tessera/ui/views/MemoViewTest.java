package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;

import tessera.core.model.Code;
import tessera.core.model.MemoTarget;

class MemoViewTest extends SampleWorkbenchTest {

    @Test
    void typedMemoIsSavedWhenTheSelectionMovesAndUndoable() throws Exception {
        MemoView memo = (MemoView) page.showView(MemoView.ID);
        CodebookView codebook = (CodebookView) page.showView(CodebookView.ID);
        processEvents(); // the views show the project opened for this test
        Code roles = store.codebook().byPath("Roles").orElseThrow();
        Code constraints = store.codebook().byPath("Constraints").orElseThrow();
        page.activate(codebook);
        codebook.viewer().setSelection(new StructuredSelection(roles), true);
        processEvents();
        assertEquals("", memo.text().getText());
        memo.text().setText("Roles: advocate, model, participant; split later?");

        codebook.viewer().setSelection(new StructuredSelection(constraints), true);
        processEvents();
        assertEquals(1, store.memos(MemoTarget.code(roles.id())).size(), "memos: " + store.allMemos());
        assertEquals("Roles: advocate, model, participant; split later?",
                store.memos(MemoTarget.code(roles.id())).get(0).text(), "saved on leaving the code");
        assertEquals("", memo.text().getText(), "the tester has no memo on Constraints yet");

        codebook.viewer().setSelection(new StructuredSelection(roles), true);
        processEvents();
        memo.text().setText("");
        memo.save();
        assertTrue(store.memos(MemoTarget.code(roles.id())).isEmpty(), "emptying deletes the memo");
        store.undo();
        assertEquals(1, store.memos(MemoTarget.code(roles.id())).size(), "undo brings it back");
    }
}
