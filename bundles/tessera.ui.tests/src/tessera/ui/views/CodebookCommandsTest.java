package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tessera.core.model.Code;
import tessera.core.model.Document;
import tessera.core.store.CodingFilter;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.editor.DocumentEditorInput;
import tessera.ui.handlers.CodebookHandlers;

/** The Codebook's commands and Uncode, run as commands on the selection, each one step of undo. */
class CodebookCommandsTest extends SampleWorkbenchTest {

    CodebookView codebook;

    @BeforeEach
    void showCodebook() throws Exception {
        codebook = (CodebookView) page.showView(CodebookView.ID);
        processEvents();
    }

    private void select(String path) {
        Code code = store.codebook().byPath(path).orElseThrow();
        codebook.viewer().setSelection(new StructuredSelection(code), true);
        processEvents();
    }

    private void run(String command, String value) throws Exception {
        var service = PlatformUI.getWorkbench().getService(ICommandService.class);
        var cmd = service.getCommand(command);
        ParameterizedCommand p = value == null ? new ParameterizedCommand(cmd, null)
                : ParameterizedCommand.generateCommand(cmd, Map.of(CodebookHandlers.VALUE, value));
        page.activate(codebook);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(p, null);
        processEvents();
    }

    @Test
    void newRenameRecolourDeleteAndUndo() throws Exception {
        select("Roles");
        run("tessera.ui.code.new", "Broker");
        assertTrue(store.codebook().byPath("Roles/Broker").isPresent());
        select("Roles/Broker");
        run("tessera.ui.code.rename", "Intermediary");
        run("tessera.ui.code.recolour", "#123456");
        Code renamed = store.codebook().byPath("Roles/Intermediary").orElseThrow();
        assertEquals("#123456", renamed.colour());
        assertTrue(codebook.viewer().getTree().getItem(2).getItemCount() == 1, "the tree shows the new subcode");

        int codings = store.codings(CodingFilter.ALL).size();
        select("Constraints");
        run("tessera.ui.code.delete", "true");
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(tessera.ui.handlers.OperationJob.FAMILY, null);
        processEvents();
        assertTrue(store.codebook().byPath("Constraints").isEmpty());
        assertEquals(codings - 12, store.codings(CodingFilter.ALL).size());
        run("org.eclipse.ui.edit.undo", null);
        assertEquals(codings, store.codings(CodingFilter.ALL).size(), "undo brings back all 12 codings");
    }

    @Test
    void uncodeRemovesTheSelectedCodesCodingsUnderTheCaret() throws Exception {
        Document doc = store.documentByName("东北亚城市合作的三重动力").orElseThrow();
        DocumentEditor editor = (DocumentEditor) page.openEditor(new DocumentEditorInput(doc.id(), doc.name()),
                DocumentEditor.ID);
        processEvents();
        String text = editor.textWidget().getText();
        // "也带来了一定的约束" is coded with Drivers/National and with Constraints; uncode only Constraints there.
        int caret = text.indexOf("也带来了一定的约束") + 2;
        editor.textWidget().setSelection(caret);
        select("Constraints");
        int before = store.codings(CodingFilter.document(doc.id())).size();
        page.activate(editor);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("tessera.ui.uncode", null);
        processEvents();
        assertEquals(before - 1, store.codings(CodingFilter.document(doc.id())).size());
        long national = store.codebook().byPath("Drivers/National").orElseThrow().id();
        assertTrue(store.codings(CodingFilter.document(doc.id())).stream().anyMatch(c -> c.codeId() == national
                && c.start() <= caret && caret < c.end()), "the other code's coding stays");
    }
}
