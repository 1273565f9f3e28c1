package tessera.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.ui.internal.Messages;

/** Help > Query Syntax: the coding queries' and the search's language on one page. */
public final class QuerySyntaxHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Help_syntaxTitle,
                Messages.Help_syntax);
        return null;
    }
}
