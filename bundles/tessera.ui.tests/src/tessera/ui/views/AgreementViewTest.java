package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import tessera.analysis.agreement.Consensus;
import tessera.analysis.agreement.Disagreements;
import tessera.core.text.CodePointIndex;
import tessera.ui.editor.CodingAnnotation;
import tessera.ui.editor.DocumentEditor;

/**
 * The Agreement view on the sample project (Li Wei and Sato Yuki coded the documents, Kim Minji coded them again
 * independently): figures per code and pair with a total row, the scope choices, documents as units, and a
 * disagreement opened in its text with each coder's stripes side by side.
 */
class AgreementViewTest extends SampleWorkbenchTest {

    /** A fresh view: what an earlier test chose does not carry over. */
    private AgreementView open() throws Exception {
        var earlier = page.findView(AgreementView.ID);
        if (earlier != null) {
            page.hideView(earlier);
        }
        AgreementView view = (AgreementView) page.showView(AgreementView.ID);
        processEvents();
        return view;
    }

    private void computed(AgreementView view) throws Exception {
        Job job = view.compute();
        job.join();
        long deadline = System.currentTimeMillis() + 10_000;
        while (view.status().equals(tessera.ui.internal.Messages.Agreement_computing)
                && System.currentTimeMillis() < deadline) {
            processEvents();
            Thread.sleep(20);
        }
        processEvents();
    }

    private static void choose(Combo combo, String label) {
        int at = -1;
        for (int i = 0; i < combo.getItemCount(); i++) {
            if (combo.getItem(i).strip().equals(label)) {
                at = i;
            }
        }
        assertTrue(at >= 0, label + " offered in " + List.of(combo.getItems()));
        combo.select(at);
    }

    @Test
    void figuresPerCodeAndPairWithATotalRow() throws Exception {
        AgreementView view = open();
        assertEquals(3, view.coders().getItemCount(), "Kim Minji, Li Wei and Sato Yuki");
        computed(view);
        long codable = store.codebook().inOrder().stream().filter(c -> c.codable()).count();
        assertEquals(codable * 3 + 3, view.figures().getItemCount(), "three pairs per codable code, three totals");
        for (TableItem row : view.figures().getItems()) {
            for (int column : new int[] {4, 5}) {
                String figure = row.getText(column);
                assertTrue(figure.equals("n/a") || figure.matches("-?\\d\\.\\d{3}"), figure);
            }
        }
        TableItem last = view.figures().getItem(view.figures().getItemCount() - 1);
        assertEquals("All chosen codes", last.getText(0));
        // Sato Yuki's National and Constraints overlap in the first article: uα and cuα are n/a, with a note
        assertTrue(view.status().contains("u\u03b1 n/a"), view.status());
        assertTrue(view.disagreements().getItemCount() > 0, "the sample's coders coded apart");
    }

    @Test
    void oneCodeWithItsSubcodesAndOneAttributeValue() throws Exception {
        AgreementView view = open();
        choose(view.scope().codeCombo(), "Drivers (with subcodes)");
        choose(view.scope().documentCombo(), "country = China");
        computed(view);
        assertEquals(3 * 3 + 3, view.figures().getItemCount(), "Global, National, Local; three pairs each");
        Set<String> codes = new HashSet<>();
        for (TableItem row : view.figures().getItems()) {
            codes.add(row.getText(0));
        }
        assertEquals(Set.of("Drivers/Global", "Drivers/National", "Drivers/Local", "All chosen codes"), codes);
        assertTrue(view.status().startsWith("3 coders, 3 documents"), view.status());
        assertFalse(view.status().contains("u\u03b1 n/a"), "the drivers exclude each other: " + view.status());
        for (TableItem row : view.disagreements().getItems()) {
            assertTrue(row.getText(2).startsWith("Drivers/"), row.getText(2));
        }
    }

    @Test
    void documentsAsUnitsNeedAParentCode() throws Exception {
        AgreementView view = open();
        view.scope().unitCombo().select(1);
        computed(view);
        assertEquals(0, view.figures().getItemCount());
        assertTrue(view.status().startsWith("Documents as units: choose a code"), view.status());

        choose(view.scope().codeCombo(), "Modes (with subcodes)");
        computed(view);
        assertEquals(3, view.figures().getItemCount(), "one row per pair");
        assertEquals("Modes", view.figures().getItem(0).getText(0));
        assertTrue(view.status().contains("5 documents as units"), view.status());
    }

    @Test
    void aDisagreementOpensWithTheCodersStripesSideBySide() throws Exception {
        AgreementView view = open();
        computed(view);
        view.disagreements().setSelection(0);
        view.disagreements().notifyListeners(SWT.DefaultSelection, new Event());
        processEvents();
        Disagreements.Stretch s = (Disagreements.Stretch) view.disagreements().getItem(0).getData();
        DocumentEditor editor = (DocumentEditor) page.getActiveEditor();
        assertEquals(s.document().id(), editor.documentId());
        CodePointIndex index = CodePointIndex.of(editor.textWidget().getText());
        assertEquals(index.toUtf16(s.start()), editor.textWidget().getSelection().x);
        assertEquals(index.toUtf16(s.end()), editor.textWidget().getSelection().y);
        assertTrue(editor.groupedByCoder());
        // no lane holds two coders' codings
        java.util.Map<Integer, Set<String>> codersByLane = new java.util.HashMap<>();
        for (CodingAnnotation a : editor.annotations()) {
            codersByLane.computeIfAbsent(a.lane(), k -> new HashSet<>()).add(a.coder());
        }
        codersByLane.values().forEach(who -> assertEquals(1, who.size(), who.toString()));
        assertTrue(codersByLane.values().stream().flatMap(Set::stream).distinct().count() > 1);
        editor.groupByCoder(false);
        assertFalse(editor.groupedByCoder());

        // resolved as the team's consensus: one undoable step
        long before = store.lastSeq();
        view.resolve(s, Consensus.Mode.UNION, null, "Team");
        assertEquals(before + 1, store.lastSeq());
        assertTrue(store.coderNames().containsValue("Team"));
        assertTrue(store.undoLabel().orElseThrow().contains("Team"), store.undoLabel().orElseThrow());
    }

    @Test
    void fewerThanTwoCodersIsSaid() throws Exception {
        AgreementView view = open();
        view.coders().getItem(0).setChecked(false);
        view.coders().getItem(1).setChecked(false);
        assertNull(view.compute());
    }
}
