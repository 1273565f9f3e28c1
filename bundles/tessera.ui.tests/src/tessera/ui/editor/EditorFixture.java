package tessera.ui.editor;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import tessera.core.model.Document;
import tessera.ui.handlers.CodebookHandlers;
import tessera.ui.views.SampleWorkbenchTest;

/** Opens sample documents in the coding editor and runs the real commands on it. */
abstract class EditorFixture extends SampleWorkbenchTest {

    DocumentEditor open(String name) throws Exception {
        Document doc = store.documentByName(name).orElseThrow();
        DocumentEditor editor = (DocumentEditor) page.openEditor(new DocumentEditorInput(doc.id(), doc.name()),
                DocumentEditor.ID);
        processEvents();
        return editor;
    }

    /** Selects the first occurrence of a passage, by its UTF-16 offsets as a user's mouse would. */
    static void select(DocumentEditor editor, String passage) {
        int at = editor.textWidget().getText().indexOf(passage);
        if (at < 0) {
            throw new AssertionError("not in the document: " + passage);
        }
        editor.textWidget().setSelection(at, at + passage.length());
    }

    void run(String command, String value) throws Exception {
        var cmd = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(command);
        ParameterizedCommand p = value == null ? new ParameterizedCommand(cmd, null)
                : ParameterizedCommand.generateCommand(cmd, Map.of(CodebookHandlers.VALUE, value));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(p, null);
        processEvents();
    }
}
