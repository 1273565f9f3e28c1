package tessera.ui.handlers;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;

import tessera.core.model.Code;
import tessera.core.model.Coding;
import tessera.core.model.Label;
import tessera.core.ops.Batch;
import tessera.core.ops.RemoveCoding;
import tessera.core.store.CodingFilter;
import tessera.core.store.Operation;
import tessera.core.store.ProjectStore;
import tessera.ui.editor.DocumentEditor;

/**
 * Edit > Uncode: removes the coding chosen on the stripes; otherwise, in one undoable step, the codings of the
 * codes selected in the Codebook (of any code when none is) that overlap the selection, or hold the caret.
 */
public final class UncodeHandler extends EditorHandler {

    @Override
    void run(ExecutionEvent event, DocumentEditor editor, ProjectStore store, Shell shell) {
        if (editor.selectedCoding().isPresent()) {
            store.apply(new RemoveCoding(editor.selectedCoding().get().id()));
            return;
        }
        int[] range = editor.selectedRange();
        int start = range[0];
        int end = range[1] == start ? start + 1 : range[1];
        Set<Long> codes = CodebookSelection.codes(event).stream().map(Code::id).collect(Collectors.toSet());
        Long shown = editor.shownCoder();
        List<Operation> ops = store.codings(CodingFilter.document(editor.documentId())).stream()
                .filter(c -> codes.isEmpty() || codes.contains(c.codeId()))
                .filter(c -> shown == null || c.coderId() == shown)
                .filter(c -> c.overlaps(start, end)).map(Coding::id).<Operation>map(RemoveCoding::new).toList();
        if (!ops.isEmpty()) {
            store.apply(ops.size() == 1 ? ops.get(0) : new Batch(Label.of("batch.uncode", ops.size()), ops));
        }
    }
}
