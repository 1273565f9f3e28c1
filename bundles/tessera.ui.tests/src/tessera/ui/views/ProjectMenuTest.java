package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import tessera.ui.handlers.NewProjectHandler;
import tessera.ui.handlers.OpenProjectHandler;
import tessera.ui.handlers.OpenSampleHandler;
import tessera.ui.session.ProjectSession;
import tessera.ui.session.RecentProjects;

/** File > New Project, Open Recent, Open Sample Project and Close Project. */
class ProjectMenuTest extends SampleWorkbenchTest {

    private final ProjectSession session = ProjectSession.in(PlatformUI.getWorkbench());

    private Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    @Test
    void aNewProjectIsEmptyOpenAndNamedAfterItsFileAndNeverOverwritesOne() throws Exception {
        var file = dir.resolve("Kitakyushu study.tessera");
        assertTrue(NewProjectHandler.create(shell(), file));
        var store = session.store().orElseThrow();
        assertEquals("Kitakyushu study", store.projectName());
        assertTrue(store.documents().isEmpty() && store.codes().isEmpty());
        long size = Files.size(file);
        session.close();
        // refused with a dialog, which the test closes as a user would
        shell().getDisplay().timerExec(500, () -> {
            for (Shell s : shell().getDisplay().getShells()) {
                if (s != shell() && s.isVisible()) {
                    s.close();
                }
            }
        });
        assertFalse(NewProjectHandler.create(shell(), file));
        assertEquals(size, Files.size(file), "the existing project is untouched");
    }

    @Test
    void openRecentListsTheLastProjectsNewestFirstWithoutRepeats() throws Exception {
        var a = dir.resolve("a.tessera");
        var b = dir.resolve("b.tessera");
        NewProjectHandler.create(shell(), a);
        NewProjectHandler.create(shell(), b);
        OpenProjectHandler.open(shell(), a);
        var recent = RecentProjects.list();
        assertEquals(a.toString(), recent.get(0));
        assertEquals(b.toString(), recent.get(1));
        assertEquals(1, recent.stream().filter(a.toString()::equals).count());
        assertTrue(recent.size() <= RecentProjects.KEEP);
    }

    @Test
    void closeLeavesNothingOpenAndTheSampleIsOneClickAway() throws Exception {
        session.close();
        assertTrue(session.store().isEmpty());
        var sample = dir.resolve("samples").resolve("sample.tessera");
        assertTrue(OpenSampleHandler.open(shell(), sample));
        assertEquals(5, session.store().orElseThrow().documents().size());
        assertFalse(session.store().orElseThrow().canUndo(), "a fresh sample: nothing to undo");
        session.close();
        assertTrue(OpenSampleHandler.open(shell(), sample), "the second time it opens the one made before");
        assertEquals(sample.toString(), session.store().orElseThrow().location());
    }
}
