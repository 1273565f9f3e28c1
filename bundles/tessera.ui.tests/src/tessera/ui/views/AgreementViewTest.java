package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import tessera.analysis.agreement.Consensus;
import tessera.analysis.agreement.Disagreements;
import tessera.core.text.CodePointIndex;
import tessera.ui.editor.DocumentEditor;

/** The Agreement view on the sample project: both coders' figures per code, and a disagreement opened in its text. */
class AgreementViewTest extends SampleWorkbenchTest {

    @Test
    void figuresPerCodeAndADisagreementOpensItsStretch() throws Exception {
        AgreementView view = (AgreementView) page.showView(AgreementView.ID);
        processEvents();
        assertEquals(2, view.coders().getItemCount(), "Li Wei and Sato Yuki");
        Job job = view.compute();
        job.join();
        long deadline = System.currentTimeMillis() + 10_000;
        while (view.figures().getItemCount() == 0 && System.currentTimeMillis() < deadline) {
            processEvents();
            Thread.sleep(20);
        }
        long codable = store.codebook().inOrder().stream().filter(c -> c.codable()).count();
        assertEquals(codable, view.figures().getItemCount(), "one pair per codable code");
        for (TableItem row : view.figures().getItems()) {
            String kappa = row.getText(4);
            assertTrue(kappa.equals("n/a") || kappa.matches("-?\\d\\.\\d{3}"), kappa);
        }
        assertTrue(view.disagreements().getItemCount() > 0, "the sample's coders coded apart");

        view.disagreements().setSelection(0);
        view.disagreements().notifyListeners(SWT.DefaultSelection, new Event());
        processEvents();
        Disagreements.Stretch s = (Disagreements.Stretch) view.disagreements().getItem(0).getData();
        DocumentEditor editor = (DocumentEditor) page.getActiveEditor();
        assertEquals(s.document().id(), editor.documentId());
        CodePointIndex index = CodePointIndex.of(editor.textWidget().getText());
        assertEquals(index.toUtf16(s.start()), editor.textWidget().getSelection().x);
        assertEquals(index.toUtf16(s.end()), editor.textWidget().getSelection().y);

        // resolved as the team's consensus: one undoable step
        long before = store.lastSeq();
        view.resolve(s, Consensus.Mode.UNION, null, "Team");
        assertEquals(before + 1, store.lastSeq());
        assertTrue(store.coderNames().containsValue("Team"));
        assertTrue(store.undoLabel().orElseThrow().contains("Team"), store.undoLabel().orElseThrow());
    }

    @Test
    void fewerThanTwoCodersIsSaid() throws Exception {
        AgreementView view = (AgreementView) page.showView(AgreementView.ID);
        processEvents();
        view.coders().getItem(0).setChecked(false);
        assertNull(view.compute());
    }
}
