package tessera.ui.export;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.ui.session.ProjectSession;


/** File > Export...: the export wizard for the open project. */
public final class ExportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ProjectSession.in(PlatformUI.getWorkbench()).store().ifPresent(store -> new WizardDialog(HandlerUtil.getActiveShell(event),
                new ExportWizard(store, HandlerUtil.getActiveWorkbenchWindow(event))).open());
        return null;
    }

    @Override
    public boolean isEnabled() {
        return ProjectSession.in(PlatformUI.getWorkbench()).store().isPresent();
    }
}
