package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;

import tessera.ui.editor.DocumentEditor;

class SegmentsViewTest extends SampleWorkbenchTest {

    @Test
    void segmentsOfTheSelectedCodesWithOrWithoutSubcodesOpenAtTheSegment() throws Exception {
        CodebookView codebook = (CodebookView) page.showView(CodebookView.ID);
        SegmentsView segments = (SegmentsView) page.showView(SegmentsView.ID);
        page.activate(codebook);
        codebook.viewer().setSelection(new StructuredSelection(store.codebook().byPath("Drivers").orElseThrow()), true);
        processEvents();
        assertEquals(18, segments.table().getItemCount(), "Global 5 + National 5 + Local 8");

        codebook.viewer().setSelection(new StructuredSelection(store.codebook().byPath("Roles").orElseThrow()), true);
        processEvents();
        assertEquals(4, segments.table().getItemCount());
        int quote = -1;
        for (int i = 0; i < 4; i++) {
            if (segments.table().getItem(i).getText(3).contains("田さん")) {
                quote = i;
            }
        }
        segments.openSegment(quote);
        processEvents();
        DocumentEditor editor = (DocumentEditor) page.getActiveEditor();
        String selected = editor.textWidget().getSelectionText();
        assertTrue(selected.startsWith("元職員の\uD842\uDFB7田さん"), selected);
        assertTrue(selected.endsWith("と振り返る。"), selected);
    }

    /**
     * A coding made, then removed, while Drivers is listed: its row appears in project order and goes again, the
     * Documents view's count and the Codebook's follow, and a coding of another code leaves the list alone.
     */
    @Test
    void changesOfCodingsAreFollowedInPlace() throws Exception {
        DocumentsView documents = (DocumentsView) page.showView(DocumentsView.ID);
        CodebookView codebook = (CodebookView) page.showView(CodebookView.ID);
        SegmentsView segments = (SegmentsView) page.showView(SegmentsView.ID);
        page.activate(codebook);
        processEvents(); // views made by an earlier test show this test's project once their refresh has run
        var drivers = store.codebook().byPath("Drivers").orElseThrow();
        var local = store.codebook().byPath("Drivers/Local").orElseThrow();
        codebook.viewer().setSelection(new StructuredSelection(drivers), true);
        processEvents();
        assertEquals(18, segments.table().getItemCount());
        var doc = store.documents().get(0);
        int countCol = documentsColumn(documents, "Codings");
        String before = documentsRow(documents, doc.name()).getText(countCol);

        // by a coder the project knows, so that only coding rows change (a new coder's name refreshes the view whole)
        long id = store.apply(new tessera.core.ops.AddCoding(doc.id(), local.id(), 0, 2, "Li Wei")).inserted(
                tessera.core.store.Table.CODING);
        processEvents();
        assertEquals(19, segments.table().getItemCount());
        int at = -1;
        for (int i = 0; i < 19; i++) {
            if (segments.segment(i).id() == id) {
                at = i;
            }
        }
        java.util.List<Long> order = store.codings(tessera.core.store.CodingFilter.codes(store.codebook()
                .subtree(drivers.id()))).stream().map(tessera.core.model.Coding::id).toList();
        assertEquals(order.indexOf(id), at, "the new row where the project lists it");
        assertEquals(Integer.parseInt(before) + 1, Integer.parseInt(documentsRow(documents, doc.name()).getText(countCol)));
        TreeItemText localLabel = new TreeItemText(codebook, "Local");
        assertEquals("9", localLabel.column(1), "the Codebook's count");

        store.apply(new tessera.core.ops.AddCoding(doc.id(), store.codebook().byPath("Roles").orElseThrow().id(), 0,
                2, "Li Wei"));
        processEvents();
        assertEquals(19, segments.table().getItemCount(), "another code's coding is not listed");
        store.undo();
        store.undo();
        processEvents();
        assertEquals(18, segments.table().getItemCount());
        assertEquals(before, documentsRow(documents, doc.name()).getText(countCol));
        assertEquals("8", new TreeItemText(codebook, "Local").column(1));
    }

    private static int documentsColumn(DocumentsView view, String title) {
        var table = view.viewer().getTable();
        for (int c = 0; c < table.getColumnCount(); c++) {
            if (table.getColumn(c).getText().equals(title)) {
                return c;
            }
        }
        throw new AssertionError("no column " + title);
    }

    private static org.eclipse.swt.widgets.TableItem documentsRow(DocumentsView view, String name) {
        for (var item : view.viewer().getTable().getItems()) {
            if (item.getText(0).equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no row " + name);
    }

    /** A code's line in the Codebook tree, found by name at any depth. */
    private record TreeItemText(org.eclipse.swt.widgets.TreeItem item) {
        TreeItemText(CodebookView view, String name) {
            this(find(view.viewer().getTree().getItems(), name));
        }

        String column(int c) {
            return item.getText(c);
        }

        private static org.eclipse.swt.widgets.TreeItem find(org.eclipse.swt.widgets.TreeItem[] items, String name) {
            for (var i : items) {
                if (i.getText(0).equals(name)) {
                    return i;
                }
                var below = find(i.getItems(), name);
                if (below != null) {
                    return below;
                }
            }
            return null;
        }
    }
}
