package tessera.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.core.store.ProjectStore;
import tessera.ui.session.ProjectSession;
import tessera.ui.wizards.ImportWizard;

/** File > Import...: opens the import wizard for documents, REFI-QDA codebooks and projects. */
public final class ImportDocumentsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ProjectStore store = ProjectSession.in(PlatformUI.getWorkbench()).store().orElse(null);
        if (store != null) {
            new WizardDialog(HandlerUtil.getActiveShell(event), new ImportWizard(store, List.of())).open();
        }
        return null;
    }
}
