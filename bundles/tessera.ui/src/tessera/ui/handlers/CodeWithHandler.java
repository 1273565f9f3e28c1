package tessera.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;

import tessera.core.model.Code;
import tessera.core.store.ProjectStore;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.internal.Messages;

/** "Code With" a given code (the parameter {@code tessera.ui.code}, a code id): the recent-codes menu runs this. */
public final class CodeWithHandler extends EditorHandler {

    public static final String CODE = "tessera.ui.code";

    @Override
    void run(ExecutionEvent event, DocumentEditor editor, ProjectStore store, Shell shell) {
        String id = event.getParameter(CODE);
        Code code = id == null ? null : store.codebook().get(Long.parseLong(id)).orElse(null);
        if (code != null && editor.codeSelection(List.of(code)).isEmpty()) {
            tell(shell, Messages.Code_selectText);
        }
    }
}
