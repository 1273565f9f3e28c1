package tessera.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;

import tessera.core.model.Coding;
import tessera.core.ops.RecodeCoding;
import tessera.core.store.ProjectStore;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.internal.Messages;

/**
 * Change Code (Ctrl+Shift+K): gives the coding chosen on the stripes (or the shortest under the caret) another code,
 * picked in the quick-code popup; its range, coder and memos stay. {@code tessera.ui.value} is taken as typed.
 */
public final class RecodeHandler extends EditorHandler {

    @Override
    void run(ExecutionEvent event, DocumentEditor editor, ProjectStore store, Shell shell) {
        Coding coding = editor.currentCoding().orElse(null);
        if (coding == null) {
            tell(shell, Messages.Recode_howTo);
            return;
        }
        String typed = event.getParameter(CodebookHandlers.VALUE);
        if (typed != null) {
            recode(store, coding, QuickCodePopup.firstFor(store.codebook(), typed, false));
            return;
        }
        new QuickCodePopup(shell, store.codebook(), false, QuickCodeHandler.below(editor.textWidget()),
                Messages.Recode_title, choice -> {
                    try {
                        recode(store, coding, choice);
                    } catch (tessera.core.store.StoreException e) {
                        tell(shell, e.getMessage());
                    }
                }).open();
    }

    private static void recode(ProjectStore store, Coding coding, QuickCodePopup.Choice choice) {
        if (choice != null && choice.code() != null && choice.code().id() != coding.codeId()) {
            store.apply(new RecodeCoding(coding.id(), choice.code().id()));
        }
    }
}
