package tessera.ui.handlers;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.core.model.Code;
import tessera.core.model.Coding;
import tessera.core.ops.Batch;
import tessera.core.ops.RemoveCoding;
import tessera.core.store.CodingFilter;
import tessera.core.store.Operation;
import tessera.core.store.ProjectStore;
import tessera.core.text.CodePointIndex;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.session.Sessions;

/**
 * Edit > Uncode: removes, in one undoable step, the codings of the codes selected in the Codebook (of any code when
 * none is selected) that overlap the editor's selection, or contain the caret when nothing is selected.
 */
public final class UncodeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ProjectStore store = Sessions.get().store().orElse(null);
        if (!(HandlerUtil.getActiveEditor(event) instanceof DocumentEditor editor) || store == null) {
            return null;
        }
        Point sel = editor.textWidget().getSelectionRange();
        CodePointIndex index = CodePointIndex.of(editor.textWidget().getText());
        int start = index.toCodePointFloor(sel.x);
        int end = sel.y == 0 ? start + 1 : index.toCodePointCeil(sel.x + sel.y);
        Set<Long> codes = CodebookSelection.codes(event).stream().map(Code::id).collect(Collectors.toSet());
        List<Operation> ops = store.codings(CodingFilter.document(editor.documentId())).stream()
                .filter(c -> codes.isEmpty() || codes.contains(c.codeId()))
                .filter(c -> c.overlaps(start, end)).map(Coding::id).<Operation>map(RemoveCoding::new).toList();
        if (!ops.isEmpty()) {
            store.apply(ops.size() == 1 ? ops.get(0) : new Batch("Uncode " + ops.size() + " codings", ops));
        }
        return null;
    }
}
