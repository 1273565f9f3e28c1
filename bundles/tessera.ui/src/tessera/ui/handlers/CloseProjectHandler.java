package tessera.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.ui.session.ProjectSession;

/**
 * File > Close Project: closes the project and its documents' editors. Nothing is lost: every change was saved
 * when it was made.
 */
public final class CloseProjectHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        var page = HandlerUtil.getActiveWorkbenchWindow(event) == null ? null
                : HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        if (page != null) {
            page.closeAllEditors(false);
        }
        ProjectSession.in(PlatformUI.getWorkbench()).close();
        return null;
    }

    @Override
    public boolean isEnabled() {
        return ProjectSession.in(PlatformUI.getWorkbench()).store().isPresent();
    }
}
