package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.text.Position;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import tessera.core.model.Document;
import tessera.core.ops.AddCoding;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.editor.DocumentEditorInput;

/** Opens the sample project in a real workbench (under Xvfb) and checks what the views and the editor show. */
class SampleProjectWorkbenchTest extends SampleWorkbenchTest {

    private static void waitUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.sleep();
                display.wake();
            }
        }
    }

    @Test
    void codebookShowsTheTreeWithCounts() throws Exception {
        CodebookView view = (CodebookView) page.showView(CodebookView.ID);
        waitUntil(() -> view.viewer().getTree().getItemCount() == 4, "four top-level codes");
        TreeItem drivers = view.viewer().getTree().getItem(0);
        assertEquals("Drivers (category)", drivers.getText(0));
        assertNotNull(drivers.getImage(0), "a colour swatch");
        List<String> children = Arrays.stream(drivers.getItems()).map(i -> i.getText(0)).toList();
        assertEquals(List.of("Global", "National", "Local"), children);
        TreeItem local = drivers.getItem(2);
        assertEquals("8", local.getText(1), "codings of Drivers/Local");
        assertEquals("4", local.getText(2), "documents coded with Drivers/Local");
        // a category shows its own count and, in brackets, its subcodes' with it
        var book = store.codebook();
        long driversId = book.byPath("Drivers").orElseThrow().id();
        int total = book.subtree(driversId).stream().mapToInt(id -> store.codingCounts().getOrDefault(id, 0)).sum();
        long docs = store.codings(tessera.core.store.CodingFilter.codes(book.subtree(driversId))).stream()
                .map(c -> c.documentId()).distinct().count();
        assertEquals("0 (" + total + ")", drivers.getText(1));
        assertEquals("0 (" + docs + ")", drivers.getText(2));
        assertTrue(total > 0 && docs > 0);
    }

    @Test
    void documentsShowAttributeColumns() throws Exception {
        DocumentsView view = (DocumentsView) page.showView(DocumentsView.ID);
        waitUntil(() -> view.viewer().getTable().getItemCount() == 5, "five documents");
        List<String> columns = Arrays.stream(view.viewer().getTable().getColumns()).map(TableColumn::getText).toList();
        assertTrue(columns.containsAll(Set.of("country", "city", "year")), columns.toString());
        int city = columns.indexOf("city");
        assertTrue(Arrays.stream(view.viewer().getTable().getItems()).anyMatch(i -> i.getText(city).equals("Kitakyushu")));
        var table = view.viewer().getTable();
        for (TableColumn c : table.getColumns()) {
            assertTrue(c.getWidth() > 0 && c.getWidth() <= 330, c.getText() + " sized to its contents: " + c.getWidth());
        }
        int total = Arrays.stream(table.getColumns()).mapToInt(TableColumn::getWidth).sum();
        assertTrue(table.getColumn(columns.indexOf("year")).getWidth() < 120, "a year is narrow");
        assertEquals(org.eclipse.swt.SWT.RIGHT, table.getColumn(2).getAlignment(), "lengths to the right");
        assertTrue(total < 1400, "every column fits a wide window: " + total);
        int[] order = table.getColumnOrder();
        assertEquals(List.of(0, city), List.of(order[0], order[2]), "the attributes right after the name");
        // sort by length, then the other way
        view.columns().sortBy(table.getColumn(2));
        List<Integer> lengths = Arrays.stream(table.getItems()).map(i -> Integer.parseInt(i.getText(2))).toList();
        assertEquals(lengths.stream().sorted().toList(), lengths);
        view.columns().sortBy(table.getColumn(2));
        List<Integer> down = Arrays.stream(table.getItems()).map(i -> Integer.parseInt(i.getText(2))).toList();
        assertEquals(lengths.reversed(), down);
        // hide the source column, show it again
        view.columns().setShown(table.getColumn(4).getText(), false);
        assertEquals(0, table.getColumn(4).getWidth());
        view.columns().setShown(table.getColumn(4).getText(), true);
        assertTrue(table.getColumn(4).getWidth() > 0);
    }

    @Test
    void editorPaintsCodingsInTheirColoursAndFollowsChanges() throws Exception {
        Document doc = store.documentByName("北九州市の国際環境協力").orElseThrow();
        DocumentEditor editor = (DocumentEditor) page.openEditor(new DocumentEditorInput(doc.id(), doc.name()),
                DocumentEditor.ID);
        StyledText text = editor.textWidget();
        String content = store.text(doc.id());
        assertEquals(content, text.getText());

        // The quote with U+20BB7 is coded with Roles only: its annotation must cover it exactly in UTF-16.
        String quote = "元職員の\uD842\uDFB7田さんは、「技術よりも、人と人との信頼が大切だった」と振り返る。";
        int at = content.indexOf(quote);
        long roles = store.codebook().byPath("Roles").orElseThrow().id();
        var model = editor.annotationModel();
        List<Position> covering = editor.annotations().stream().map(model::getPosition)
                .filter(p -> p.overlapsWith(at, quote.length())).toList();
        assertEquals(1, covering.size(), covering.toString());
        assertEquals(new Position(at, quote.length()), covering.get(0));
        assertTrue(editor.annotations().stream().anyMatch(a -> a.code().id() == roles
                && model.getPosition(a).equals(covering.get(0))));

        // Three overlapping codings (Roles, and Transnational by two coders): three annotations in three lanes.
        String network = "アジアの都市をつなぐネットワーク";
        var there = editor.codingsAt(content.indexOf(network) + 2);
        assertEquals(3, there.size());
        assertEquals(3, editor.annotations().stream().filter(a -> there.contains(a.coding()))
                .map(a -> a.lane()).distinct().count());

        assertTrue(editor.codingsAt(0).isEmpty(), "the title, which no coding covers yet");
        long constraints = store.codebook().byPath("Constraints").orElseThrow().id();
        store.apply(new AddCoding(doc.id(), constraints, 0, 4));
        waitUntil(() -> !editor.codingsAt(0).isEmpty(), "the new coding to be painted");
        assertEquals(constraints, editor.codingsAt(0).get(0).codeId());
    }
}
