package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.model.Code;
import tessera.core.model.MemoTarget;
import tessera.core.sample.SampleProject;
import tessera.core.store.ProjectStore;
import tessera.ui.session.Sessions;

class MemoViewTest {

    @TempDir
    Path dir;
    ProjectStore store;
    IWorkbenchPage page;

    @BeforeEach
    void openSample() throws Exception {
        store = SampleProject.create(dir.resolve("sample.tessera"), "tester");
        Sessions.get().use(store);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void close() {
        Sessions.get().close();
    }

    private static void processEvents() {
        while (Display.getCurrent().readAndDispatch()) {
            // drain
        }
    }

    @Test
    void typedMemoIsSavedWhenTheSelectionMovesAndUndoable() throws Exception {
        MemoView memo = (MemoView) page.showView(MemoView.ID);
        CodebookView codebook = (CodebookView) page.showView(CodebookView.ID);
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
