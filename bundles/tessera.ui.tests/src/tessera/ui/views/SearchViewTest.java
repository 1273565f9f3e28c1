package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void codeHitsMakesANewCodeInTheSameStepAndTheCodeColumnFollows() {
        view.setQuery("友好城市");
        view.run();
        Hit first = view.hits().get(0);
        assertFalse(view.codesAt(first).contains("Twinning"));
        int coded = AutoCodeDialog.apply(store, view.hits(), "Modes/Twinning", AutoCoder.Scope.HIT, null);
        assertTrue(coded > 0);
        Code made = store.codebook().byPath("Modes/Twinning").orElseThrow();
        assertEquals(coded, store.codings(CodingFilter.codes(Set.of(made.id()))).size());
        long deadline = System.currentTimeMillis() + 5000;
        while (!view.codesAt(first).contains("Modes/Twinning") && System.currentTimeMillis() < deadline) {
            processEvents();
        }
        assertTrue(view.codesAt(first).contains("Modes/Twinning"), view.codesAt(first));
        store.undo();
        assertTrue(store.codebook().byPath("Modes/Twinning").isEmpty(), "one undo takes the code and its codings");
    }

    @Test
    void theLeftContextIsCutAtItsFarEnd() {
        var gc = new org.eclipse.swt.graphics.GC(view.viewer().getTable());
        try {
            String left = "近二十年来，中国、日本和韩国的城市之间建立了越来越密集的联系";
            String fit = LeftContext.fit(gc, left, 120);
            assertTrue(fit.startsWith("\u2026"), fit);
            assertTrue(left.endsWith(fit.substring(1)), "the end next to the hit is kept: " + fit);
            assertTrue(gc.textExtent(fit).x <= 120);
            assertEquals("短", LeftContext.fit(gc, "短", 120), "what fits is left whole");
        } finally {
            gc.dispose();
        }
    }

    @Test
    void wordFrequenciesOfTheCorpus() throws Exception {
        FrequenciesView freq = (FrequenciesView) page.showView(FrequenciesView.ID);
        processEvents();
        freq.count(0);
        assertTrue(freq.words().stream().anyMatch(w -> w.word().equals("城市")));
        assertTrue(freq.words().stream().noneMatch(w -> w.word().equals("的")));
        // a city's name whole, as often as the Chinese texts write it, not in three pieces
        long written = store.documents().stream().filter(d -> d.language().equals("zh"))
                .mapToLong(d -> store.text(d.id()).split("北九州", -1).length - 1).sum();
        assertTrue(written > 0);
        assertEquals(written, freq.words().stream().filter(w -> w.word().equals("北九州") && w.language().equals("zh"))
                .mapToInt(w -> w.count()).sum());
    }

    @Test
    void theUsersWordListsAndShortestWordApply() throws Exception {
        FrequenciesView freq = (FrequenciesView) page.showView(FrequenciesView.ID);
        processEvents();
        try {
            tessera.ui.session.WordListPreference.set("城市, 合作\nexchange", "", 2);
            freq.count(0);
            assertTrue(freq.words().stream().noneMatch(w -> w.word().equals("城市") || w.word().equals("合作")
                    || w.word().equals("exchange")), "the user's stop words are out");
            assertTrue(freq.words().stream().allMatch(w -> w.word().codePointCount(0, w.word().length()) >= 2),
                    "no word shorter than two characters");
            assertFalse(freq.words().isEmpty());
        } finally {
            tessera.ui.session.WordListPreference.set("", "", 1);
        }
    }
}
