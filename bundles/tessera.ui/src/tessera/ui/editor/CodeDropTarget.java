package tessera.ui.editor;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;

import tessera.core.model.Code;
import tessera.core.store.StoreException;
import tessera.ui.internal.Messages;

/**
 * Codes the selected text with the codes dragged onto it from the Codebook, as MAXQDA and NVivo do; the command
 * equivalent is Code Selection.
 */
final class CodeDropTarget extends DropTargetAdapter {

    private final DocumentEditor editor;

    CodeDropTarget(DocumentEditor editor) {
        this.editor = editor;
    }

    static void install(DocumentEditor editor) {
        DropTarget target = new DropTarget(editor.textWidget(), DND.DROP_COPY | DND.DROP_LINK | DND.DROP_DEFAULT);
        target.setTransfer(new Transfer[] {LocalSelectionTransfer.getTransfer()});
        target.addDropListener(new CodeDropTarget(editor));
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        event.detail = codes().isEmpty() || editor.textWidget().getSelectionCount() == 0 ? DND.DROP_NONE : DND.DROP_COPY;
    }

    @Override
    public void dragOperationChanged(DropTargetEvent event) {
        dragEnter(event);
    }

    @Override
    public void drop(DropTargetEvent event) {
        drop(codes());
    }

    /** What a drop of these codes does: they code the selected text. */
    void drop(List<Code> codes) {
        try {
            editor.codeSelection(codes);
        } catch (StoreException e) {
            MessageDialog.openError(editor.getSite().getShell(), Messages.Code_title, e.getMessage());
        }
    }

    private static List<Code> codes() {
        if (LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection s) {
            return s.stream().filter(Code.class::isInstance).map(Code.class::cast).toList();
        }
        return List.of();
    }
}
