package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import tessera.testing.TestServer;
import tessera.core.ops.CreateCode;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.ProjectSync;
import tessera.ui.handlers.SynchronizeHandler;
import tessera.ui.session.ProjectSession;

/** Team > Synchronize on an offline copy of the sample put onto the test server: both sides' changes meet. */
class SynchronizeWorkbenchTest extends SampleWorkbenchTest {

    @Test
    void theOpenOfflineCopySynchronizesAndOpensAgainWithEveryonesChanges() throws Exception {
        String team = TestServer.newDatabase("tessera_ui");
        ProjectStores.copy(store, team);
        Path copy = dir.resolve("offline.tessera");
        try (ProjectStore server = ProjectStores.open(team, "Li Wei")) {
            server.copyTo(copy);
            server.apply(new CreateCode(null, "Tourism"));
        }
        ProjectSession session = ProjectSession.in(PlatformUI.getWorkbench());
        session.open(copy, "Sato Yuki");
        ProjectStore offline = session.store().orElseThrow();
        assertTrue(ProjectSync.originOf(offline).isPresent(), "an offline copy knows its server");
        offline.apply(new CreateCode(null, "Train notes"));

        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Job job = SynchronizeHandler.synchronize(shell, copy, "Sato Yuki", UnaryOperator.identity());
        job.join();
        String report = closeReport(shell.getDisplay());
        assertTrue(report.contains("Sent 1 changes") && report.contains("took in 1 log entries"), report);

        ProjectStore reopened = session.store().orElseThrow();
        assertEquals(copy, reopened.path());
        assertTrue(reopened.codebook().byPath("Tourism").isPresent(), "Li Wei's code came in");
        try (ProjectStore server = ProjectStores.open(team, "Li Wei")) {
            assertTrue(server.codebook().byPath("Train notes").isPresent(), "Sato Yuki's code went out");
        }
    }

    /**
     * Waits for the report dialog, reads it, and closes it. The dialog runs its own event loop, so the closing is
     * a timer that fires inside it.
     */
    private static String closeReport(Display display) throws InterruptedException {
        StringBuilder report = new StringBuilder();
        Runnable[] look = new Runnable[1];
        look[0] = () -> {
            for (Shell s : display.getShells()) {
                if (s.isVisible() && "Synchronize".equals(s.getText())) {
                    report.append(texts(s));
                    s.close();
                    return;
                }
            }
            display.timerExec(50, look[0]);
        };
        display.timerExec(50, look[0]);
        long deadline = System.currentTimeMillis() + 15_000;
        while (report.length() == 0 && System.currentTimeMillis() < deadline) {
            processEvents();
            Thread.sleep(20);
        }
        display.timerExec(-1, look[0]);
        if (report.length() == 0) {
            throw new AssertionError("no report within 15 s");
        }
        return report.toString();
    }

    private static String texts(org.eclipse.swt.widgets.Composite c) {
        StringBuilder out = new StringBuilder();
        for (var child : c.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Label l) {
                out.append(l.getText()).append('\n');
            } else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
                out.append(texts(inner));
            }
        }
        return out.toString();
    }
}
