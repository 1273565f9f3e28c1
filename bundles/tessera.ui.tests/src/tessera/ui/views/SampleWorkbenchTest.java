package tessera.ui.views;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.sample.SampleProject;
import tessera.core.store.ProjectStore;
import tessera.ui.session.ProjectSession;

/** UI tests start from a fresh sample project opened in the running workbench, and close it afterwards. */
public abstract class SampleWorkbenchTest {

    @TempDir
    protected Path dir;
    protected ProjectStore store;
    protected IWorkbenchPage page;

    @BeforeEach
    protected void openSample() throws Exception {
        store = SampleProject.create(dir.resolve("sample.tessera"), "tester");
        ProjectSession.in(PlatformUI.getWorkbench()).use(store);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    protected void closeSample() {
        page.closeAllEditors(false);
        ProjectSession.in(PlatformUI.getWorkbench()).close();
    }

    /** Runs what the UI thread has queued (asynchronous refreshes, selection events). */
    protected static void processEvents() {
        while (Display.getCurrent().readAndDispatch()) {
            // drain
        }
    }
}
