package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import tessera.testing.TestServer;
import tessera.core.ops.CreateCode;
import tessera.core.store.Applied;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.ServerAddress;
import tessera.ui.handlers.OpenTeamProjectHandler;
import tessera.ui.session.ProjectSession;

/** File > Open Team Project... on the sample project put onto the test server; another coder's change seen live. */
class TeamProjectWorkbenchTest extends SampleWorkbenchTest {

    @Test
    void aTeamProjectOpensAndShowsAnotherCodersChangeLive() throws Exception {
        String team = TestServer.newDatabase("tessera_ui");
        ProjectStores.copy(store, team);
        int codings = store.codings(tessera.core.store.CodingFilter.ALL).size(); // before the sample is closed
        var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Job job = OpenTeamProjectHandler.open(shell, ServerAddress.parse(team));
        job.join();
        ProjectSession session = ProjectSession.in(PlatformUI.getWorkbench());
        long deadline = System.currentTimeMillis() + 10_000;
        while (!session.store().map(ProjectStore::location).orElse("").equals(team)
                && System.currentTimeMillis() < deadline) {
            processEvents();
            Thread.sleep(20);
        }
        ProjectStore opened = session.store().orElseThrow();
        assertEquals(team, opened.location());
        assertEquals(codings, opened.codings(tessera.core.store.CodingFilter.ALL).size());

        List<Applied> heard = new CopyOnWriteArrayList<>();
        ProjectSession.Listener listener = new ProjectSession.Listener() {
            @Override
            public void projectOpened(ProjectStore s) {
                // not this test's concern
            }

            @Override
            public void changed(Applied applied) {
                heard.add(applied);
            }
        };
        session.addListener(listener);
        try (ProjectStore other = ProjectStores.open(team, "Kim Minji")) {
            long start = System.currentTimeMillis();
            other.apply(new CreateCode(null, "Tourism"));
            while (heard.isEmpty() && System.currentTimeMillis() - start < 5_000) {
                processEvents();
                Thread.sleep(10);
            }
            // how soon is measured by bench/team-bench.sh; here: that it comes at all, with who made it
            assertEquals(1, heard.size(), "the other coder's change reached the workbench");
            assertEquals("Kim Minji", heard.get(0).entry().coder());
            assertTrue(opened.codebook().byPath("Tourism").isPresent());
        } finally {
            session.removeListener(listener);
        }
    }
}
