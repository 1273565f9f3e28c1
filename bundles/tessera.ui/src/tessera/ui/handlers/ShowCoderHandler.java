package tessera.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;

import tessera.core.model.Coder;
import tessera.core.store.ProjectStore;
import tessera.ui.editor.DocumentEditor;

/** Shows the codings of the coder named by {@code tessera.ui.value} in the active editor, or of all when it is empty. */
public final class ShowCoderHandler extends EditorHandler {

    @Override
    void run(ExecutionEvent event, DocumentEditor editor, ProjectStore store, Shell shell) {
        String name = event.getParameter(CodebookHandlers.VALUE);
        editor.showCoder(name == null || name.isEmpty() ? null
                : store.coderByName(name).map(Coder::id).orElse(null));
    }
}
