package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tessera.core.model.Code;
import tessera.core.store.CodingFilter;
import tessera.index.AutoCoder;
import tessera.index.Hit;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.session.SearchIndexes;

/** The Search view's KWIC hits, opening a hit, auto-coding hits in one undo step, and word frequencies. */
class SearchViewTest extends SampleWorkbenchTest {

    SearchView view;

    @BeforeEach
    void showSearch() throws Exception {
        Job.getJobManager().join(SearchIndexes.FAMILY, null); // the index is built in the background
        view = (SearchView) page.showView(SearchView.ID);
        processEvents();
    }

    @Test
    void hitsOpenTheDocumentWithTheHitSelected() {
        view.setQuery("城市 AND code:\"Drivers/Local\"");
        view.run();
        assertTrue(!view.hits().isEmpty(), view.status());
        assertEquals(view.hits().size(), view.viewer().getTable().getItemCount());
        Hit first = view.hits().get(0);
        assertEquals("城市", first.text());
        view.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(first));
        view.viewer().getTable().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        processEvents();
        DocumentEditor editor = (DocumentEditor) page.getActiveEditor();
        assertEquals(first.documentId(), editor.documentId());
        int[] range = editor.selectedRange();
        assertEquals(first.start(), range[0]);
        assertEquals(first.end(), range[1]);
    }

    @Test
    void malformedQueryIsShownNotThrown() {
        view.setQuery("城市 AND (外交");
        view.run();
        assertTrue(view.status().contains("never closed"), view.status());
    }

    @Test
    void codeHitsCodesEachSentenceOnceAndUndoTakesThemBack() {
        view.setQuery("友好城市");
        view.run();
        Code roles = store.codebook().byPath("Roles").orElseThrow();
        int before = store.codings(CodingFilter.codes(Set.of(roles.id()))).size();
        int coded = AutoCodeDialog.apply(store, view.hits(), roles, AutoCoder.Scope.SENTENCE, null);
        assertTrue(coded > 0);
        assertEquals(before + coded, store.codings(CodingFilter.codes(Set.of(roles.id()))).size());
        store.undo();
        assertEquals(before, store.codings(CodingFilter.codes(Set.of(roles.id()))).size());
    }

    @Test
    void wordFrequenciesOfTheCorpus() throws Exception {
        FrequenciesView freq = (FrequenciesView) page.showView(FrequenciesView.ID);
        processEvents();
        freq.count(0);
        assertTrue(freq.words().stream().anyMatch(w -> w.word().equals("城市")));
        assertTrue(freq.words().stream().noneMatch(w -> w.word().equals("的")));
    }
}
