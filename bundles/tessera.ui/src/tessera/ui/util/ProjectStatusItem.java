package tessera.ui.util;

import org.eclipse.jface.action.StatusLineContributionItem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import tessera.core.store.Applied;
import tessera.core.store.ProjectStore;
import tessera.ui.internal.Messages;
import tessera.ui.session.ProjectSession;

/** The status bar's note of what is open and who is coding: "Project: City diplomacy · Coder: Li Wei". */
public final class ProjectStatusItem extends StatusLineContributionItem implements ProjectSession.Listener {

    private final ProjectSession session = ProjectSession.in(PlatformUI.getWorkbench());

    public ProjectStatusItem() {
        super("tessera.ui.status.project", 90);
        session.addListener(this);
        update(session.store().orElse(null));
    }

    private void update(ProjectStore store) {
        setText(store == null ? Messages.Status_noProject
                : NLS.bind(Messages.Status_project, store.projectName(), store.coderName()));
    }

    @Override
    public void projectOpened(ProjectStore store) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> update(session.store().orElse(null)));
    }

    @Override
    public void changed(Applied applied) {
        // the project's name and the coder do not change with its content
    }

    @Override
    public void dispose() {
        session.removeListener(this);
        super.dispose();
    }
}
