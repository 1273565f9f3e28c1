package tessera.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.ui.internal.Messages;
import tessera.ui.session.CoderPreference;

/** File > Coder...: the name that the user's codings, memos and other changes are recorded under. */
public final class SetCoderHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        String value = event.getParameter(CodebookHandlers.VALUE);
        if (value != null && !value.isBlank()) {
            CoderPreference.set(value);
        } else {
            ask(HandlerUtil.getActiveShell(event));
        }
        return null;
    }

    /** Asks for the coder's name (at first start, and from the menu); false when the user cancelled. */
    public static boolean ask(Shell shell) {
        InputDialog d = new InputDialog(shell, Messages.Coder_title, Messages.Coder_prompt, CoderPreference.current(),
                v -> v == null || v.isBlank() ? Messages.Coder_needed : null);
        if (d.open() != Window.OK) {
            return false;
        }
        CoderPreference.set(d.getValue());
        return true;
    }
}
