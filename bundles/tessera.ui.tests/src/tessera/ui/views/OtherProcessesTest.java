package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import tessera.core.model.Code;
import tessera.core.ops.CreateCode;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;

/**
 * The workbench follows what other processes write to its project (a command line, another coder): a second
 * store on the same file has its own connection, as another process would. And what headless code logs reaches
 * the platform's log.
 */
class OtherProcessesTest extends SampleWorkbenchTest {

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            processEvents();
            Thread.sleep(20);
        }
    }

    @Test
    void aChangeFromAnotherProcessShowsInTheViewsAndCanBeUndone() throws Exception {
        CodebookView codebook = (CodebookView) page.showView(CodebookView.ID);
        processEvents();
        // the same coder on the command line: what one does, the other can undo
        try (ProjectStore other = ProjectStores.open(store.path(), store.coderName())) {
            other.apply(new CreateCode(null, "From the command line"));
        }
        waitFor(() -> Arrays.stream(codebook.viewer().getTree().getItems())
                .anyMatch(i -> i.getData() instanceof Code c && c.name().equals("From the command line")),
                "the Codebook view shows the code another process made");
        assertEquals("Create code \"From the command line\"", store.undoLabel().orElseThrow());

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
        processEvents();
        assertTrue(store.codebook().byPath("From the command line").isEmpty(), "undone from the workbench");

        // another coder's change shows too, but is theirs to undo
        try (ProjectStore kim = ProjectStores.open(store.path(), "Kim Minji")) {
            kim.apply(new CreateCode(null, "Kim's code"));
        }
        waitFor(() -> store.codebook().byPath("Kim's code").isPresent(), "Kim Minji's code");
        assertTrue(store.undoLabel().map(l -> !l.contains("Kim's code")).orElse(true), store.undoLabel().toString());
    }

    @Test
    void warningsOfHeadlessCodeReachThePlatformLog() throws Exception {
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        try {
            System.getLogger("tessera.index").log(System.Logger.Level.WARNING, "the index check of this test");
            waitFor(() -> logged.stream().anyMatch(s -> s.getMessage().equals("the index check of this test")
                    && s.getSeverity() == IStatus.WARNING), "the warning in the platform's log");
        } finally {
            Platform.removeLogListener(listener);
        }
    }
}
