package tessera.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.core.model.Code;
import tessera.ui.views.CodebookView;

/** The codes selected in the Codebook view, which the codebook commands act on. */
final class CodebookSelection {

    private CodebookSelection() {
    }

    static List<Code> codes(ExecutionEvent event) {
        var window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return List.of();
        }
        ISelection s = window.getSelectionService().getSelection(CodebookView.ID);
        if (!(s instanceof IStructuredSelection ss)) {
            return List.of();
        }
        return ss.toList().stream().filter(Code.class::isInstance).map(Code.class::cast).toList();
    }
}
