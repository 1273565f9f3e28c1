package tessera.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;

import tessera.core.store.ProjectStore;
import tessera.ui.editor.DocumentEditor;

/** Turns the active editor's stripes side by side by coder, or back to shared lanes. */
public final class GroupByCoderHandler extends EditorHandler {

    @Override
    void run(ExecutionEvent event, DocumentEditor editor, ProjectStore store, Shell shell) {
        editor.groupByCoder(!editor.groupedByCoder());
    }
}
