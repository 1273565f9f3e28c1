package tessera.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;

import tessera.core.ops.CodeWithNewCode;
import tessera.core.store.ProjectStore;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.internal.Messages;

/**
 * Quick Code (Ctrl+Enter): codes the selection with a code picked by typing, or with a new code of the typed name.
 * The parameter {@code tessera.ui.value}, when given, is taken as typed and Enter pressed (for keys and tests).
 */
public final class QuickCodeHandler extends EditorHandler {

    @Override
    void run(ExecutionEvent event, DocumentEditor editor, ProjectStore store, Shell shell) {
        int[] range = editor.selectedRange();
        if (range[0] == range[1]) {
            tell(shell, Messages.Code_selectText);
            return;
        }
        String typed = event.getParameter(CodebookHandlers.VALUE);
        if (typed != null) {
            apply(editor, store, QuickCodePopup.firstFor(store.codebook(), typed, true), range);
            return;
        }
        new QuickCodePopup(shell, store.codebook(), true, below(editor.textWidget()), Messages.QuickCode_title,
                choice -> {
                    try {
                        apply(editor, store, choice, range);
                    } catch (tessera.core.store.StoreException e) {
                        tell(shell, e.getMessage());
                    }
                }).open();
    }

    /** Codes the range with the chosen code, or with a new code of the typed name; one step of undo. */
    static void apply(DocumentEditor editor, ProjectStore store, QuickCodePopup.Choice choice, int[] range) {
        if (choice == null) {
            return;
        }
        if (choice.code() != null) {
            editor.codeSelection(List.of(choice.code()));
        } else {
            store.apply(new CodeWithNewCode(editor.documentId(), null, choice.newName(), range[0], range[1]));
        }
    }

    /** The screen point just below the end of the selection, where the popup opens. */
    static Point below(StyledText text) {
        int end = text.getSelectionRange().x + text.getSelectionRange().y;
        Point p = text.getLocationAtOffset(end);
        return text.toDisplay(p.x, p.y + text.getLineHeight(Math.max(0, Math.min(end, text.getCharCount() - 1))));
    }
}
