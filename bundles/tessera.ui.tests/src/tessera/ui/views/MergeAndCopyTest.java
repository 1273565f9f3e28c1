package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;

import tessera.core.model.Document;
import tessera.core.ops.AddCoding;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.ui.handlers.MergeProjectHandler;

/** File > Save a Copy... and File > Merge Project...: a copy coded by a second coder comes back as one step. */
class MergeAndCopyTest extends SampleWorkbenchTest {

    @Test
    void aCopyCodedElsewhereMergesBackInAJobAndTheViewsFollow() throws Exception {
        Path copy = dir.resolve("for-kim.tessera");
        store.copyTo(copy);
        Document doc = store.documentByName("北九州市の国際環境協力").orElseThrow();
        long roles = store.codebook().byPath("Roles").orElseThrow().id();
        try (ProjectStore kim = ProjectStores.open(copy, "Kim Minji")) {
            kim.apply(new AddCoding(doc.id(), roles, 2, 9));
        }
        int before = store.codings(CodingFilter.ALL).size();
        Job job = MergeProjectHandler.job(store, copy, null);
        job.schedule();
        job.join();
        processEvents();
        assertEquals(before + 1, store.codings(CodingFilter.ALL).size());
        assertTrue(store.coderNames().containsValue("Kim Minji"));
        assertTrue(store.undoLabel().orElseThrow().contains("for-kim.tessera"), store.undoLabel().orElseThrow());
        store.undo();
        assertEquals(before, store.codings(CodingFilter.ALL).size());
    }
}
