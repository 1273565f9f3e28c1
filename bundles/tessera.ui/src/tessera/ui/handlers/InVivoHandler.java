package tessera.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;

import tessera.core.ops.CodeInVivo;
import tessera.core.store.ProjectStore;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.internal.Messages;

/**
 * Code In Vivo (Ctrl+Shift+I): the selected words become a code at the top of the codebook, as in NVivo and
 * MAXQDA, and code themselves; one step of undo takes back both.
 */
public final class InVivoHandler extends EditorHandler {

    @Override
    void run(ExecutionEvent event, DocumentEditor editor, ProjectStore store, Shell shell) {
        int[] range = editor.selectedRange();
        if (range[0] == range[1]) {
            tell(shell, Messages.Code_selectText);
            return;
        }
        store.apply(new CodeInVivo(editor.documentId(), null, range[0], range[1]));
    }
}
