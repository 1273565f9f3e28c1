package tessera.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;

import tessera.core.model.Code;
import tessera.core.store.ProjectStore;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.internal.Messages;

/**
 * Edit > Code Selection (Ctrl+Shift+C): codes the text selected in the active document with the codes selected in
 * the Codebook, in one step of undo. Dragging codes onto the selection does the same.
 */
public final class CodeSelectionHandler extends EditorHandler {

    @Override
    void run(ExecutionEvent event, DocumentEditor editor, ProjectStore store, Shell shell) {
        List<Code> codes = CodebookSelection.codes(event);
        if (codes.isEmpty() || editor.codeSelection(codes).isEmpty()) {
            tell(shell, Messages.Code_howTo);
        }
    }
}
