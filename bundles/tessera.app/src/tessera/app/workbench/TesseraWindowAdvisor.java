package tessera.app.workbench;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import tessera.core.store.Applied;
import tessera.core.store.ProjectStore;
import tessera.ui.session.ProjectSession;

/** The main window: its size, and a title naming the open project. */
final class TesseraWindowAdvisor extends WorkbenchWindowAdvisor implements ProjectSession.Listener {

    TesseraWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new TesseraActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        c.setInitialSize(new Point(1280, 800));
        c.setShowCoolBar(true); // the common actions (tessera.ui's plugin.xml)
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);
        c.setTitle("Tessera");
        ProjectSession.in(PlatformUI.getWorkbench()).addListener(this);
    }

    @Override
    public void projectOpened(ProjectStore store) {
        var shell = getWindowConfigurer().getWindow().getShell();
        if (shell == null) {
            return;
        }
        shell.getDisplay().asyncExec(() -> {
            if (!shell.isDisposed()) {
                shell.setText(store == null ? "Tessera" : "Tessera - " + store.projectName() + " (" + store.location() + ")");
            }
        });
    }

    @Override
    public void changed(Applied applied) {
        // the title does not depend on the project's content
    }

    @Override
    public void dispose() {
        ProjectSession.in(PlatformUI.getWorkbench()).removeListener(this);
    }
}
