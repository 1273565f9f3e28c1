package tessera.app.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import tessera.core.model.Document;
import tessera.core.store.ProjectStore;
import tessera.core.store.StoreException;
import tessera.ui.handlers.OpenProjectHandler;
import tessera.ui.handlers.SetCoderHandler;
import tessera.ui.session.CoderPreference;
import tessera.ui.session.ProjectSession;
import tessera.ui.session.SampleLocation;
import tessera.ui.views.DocumentsView;

/** Opens the coding perspective and, once the window is up, the project named on the command line or the sample. */
final class TesseraWorkbenchAdvisor extends WorkbenchAdvisor {

    private final Path project;

    TesseraWorkbenchAdvisor(Path project) {
        this.project = project;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return CodingPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new TesseraWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        Shell shell = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getShell();
        if (!CoderPreference.known()) {
            SetCoderHandler.ask(shell); // at first start: codings carry their coder's name from the first one
        }
        openProject(shell);
        ProjectSession.in(PlatformUI.getWorkbench()).store().ifPresent(this::showFirstDocument);
    }

    /** A first look at the project: the document with the most codings, when no editor is open yet. */
    private void showFirstDocument(ProjectStore store) {
        IWorkbenchPage page = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (page == null || page.getEditorReferences().length > 0) {
            return;
        }
        Map<Long, Integer> counts = store.codingCountsByDocument();
        store.documents().stream().max(Comparator.comparingInt((Document d) -> counts.getOrDefault(d.id(), 0)))
                .ifPresent(d -> DocumentsView.open(page, d));
    }

    private void openProject(Shell shell) {
        if (project != null) {
            OpenProjectHandler.open(shell, project);
            return;
        }
        Path sample = SampleLocation.sampleFile();
        try {
            ProjectStore created = SampleLocation.createIfMissing(sample, ProjectSession.defaultCoder());
            if (created != null) {
                ProjectSession.in(PlatformUI.getWorkbench()).use(created);
                return;
            }
        } catch (IOException | StoreException e) {
            MessageDialog.openError(shell, "Tessera", sample + ": " + e.getMessage());
            return;
        }
        OpenProjectHandler.open(shell, sample);
    }

    @Override
    public boolean preShutdown() {
        ProjectSession.in(PlatformUI.getWorkbench()).close();
        return true;
    }
}
