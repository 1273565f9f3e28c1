package tessera.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;

import tessera.core.model.Coding;
import tessera.core.ops.ResizeCoding;
import tessera.core.store.ProjectStore;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.internal.Messages;

/**
 * Fit Coding to Selection (Ctrl+Shift+R): grows or shrinks the coding chosen on the stripes to the selected text.
 * Clicking a stripe selects the coding's passage; Shift+arrows or Shift+click then set its new extent.
 */
public final class FitCodingHandler extends EditorHandler {

    @Override
    void run(ExecutionEvent event, DocumentEditor editor, ProjectStore store, Shell shell) {
        Coding coding = editor.selectedCoding().orElse(null);
        int[] range = editor.selectedRange();
        if (coding == null || range[0] == range[1]) {
            tell(shell, Messages.Fit_howTo);
            return;
        }
        if (coding.start() != range[0] || coding.end() != range[1]) {
            store.apply(new ResizeCoding(coding.id(), range[0], range[1]));
        }
    }
}
