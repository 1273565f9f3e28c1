package tessera.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.core.model.Code;
import tessera.core.ops.AddCoding;
import tessera.core.store.ProjectStore;
import tessera.core.store.StoreException;
import tessera.core.text.CodePointIndex;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.internal.Messages;
import tessera.ui.session.Sessions;
import tessera.ui.views.CodebookView;

/**
 * Edit > Code Selection (Ctrl+Shift+C): codes the text selected in the active document with the codes selected in
 * the Codebook. The selection's UTF-16 offsets become code points here, at the edge; a selection that ends inside
 * a character outside the BMP takes the whole character.
 */
public final class CodeSelectionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IWorkbenchPart part = window.getActivePage().getActiveEditor();
        ProjectStore store = Sessions.get().store().orElse(null);
        if (!(part instanceof DocumentEditor editor) || store == null) {
            return null;
        }
        Point selection = editor.textWidget().getSelectionRange();
        ISelection codes = window.getSelectionService().getSelection(CodebookView.ID);
        if (selection.y == 0 || !(codes instanceof IStructuredSelection s) || s.isEmpty()) {
            MessageDialog.openInformation(window.getShell(), Messages.Code_title, Messages.Code_howTo);
            return null;
        }
        CodePointIndex index = CodePointIndex.of(editor.textWidget().getText());
        int start = index.toCodePointFloor(selection.x);
        int end = index.toCodePointCeil(selection.x + selection.y);
        try {
            for (Object o : s.toList()) {
                store.apply(new AddCoding(editor.documentId(), ((Code) o).id(), start, end));
            }
        } catch (StoreException e) {
            MessageDialog.openError(window.getShell(), Messages.Code_title, e.getMessage());
        }
        return null;
    }
}
