package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tessera.core.model.Attribute;
import tessera.core.model.Code;
import tessera.core.store.CodingFilter;
import tessera.ui.handlers.CodebookHandlers;

/** Describe, merge, move by drag and drop, the filter box, the Attributes view and the coder. */
class CodebookEditingTest extends SampleWorkbenchTest {

    CodebookView codebook;

    @BeforeEach
    void showCodebook() throws Exception {
        codebook = (CodebookView) page.showView(CodebookView.ID);
        processEvents();
    }

    private Code code(String path) {
        return store.codebook().byPath(path).orElseThrow();
    }

    private void run(String command, String path, String value) throws Exception {
        if (path != null) {
            codebook.viewer().setSelection(new StructuredSelection(code(path)), true);
        }
        page.activate(codebook);
        processEvents();
        var cmd = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(command);
        ParameterizedCommand p = ParameterizedCommand.generateCommand(cmd, Map.of(CodebookHandlers.VALUE, value));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(p, null);
        processEvents();
    }

    @Test
    void describeSetsTheDefinitionShownAsTheCodesTooltip() throws Exception {
        run("tessera.ui.code.describe", "Constraints", "Limits on what cities may do abroad.");
        assertEquals("Limits on what cities may do abroad.", code("Constraints").description());
    }

    @Test
    void mergeMovesEveryCodingAndUndoSplitsThemAgain() throws Exception {
        int national = store.codings(CodingFilter.codes(Set.of(code("Drivers/National").id()))).size();
        int local = store.codings(CodingFilter.codes(Set.of(code("Drivers/Local").id()))).size();
        run("tessera.ui.code.merge", "Drivers/National", "Drivers/Local");
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(tessera.ui.handlers.OperationJob.FAMILY, null);
        processEvents();
        assertTrue(store.codebook().byPath("Drivers/National").isEmpty());
        assertEquals(national + local, store.codings(CodingFilter.codes(Set.of(code("Drivers/Local").id()))).size());
        run("org.eclipse.ui.edit.undo", null, "");
        assertEquals(national, store.codings(CodingFilter.codes(Set.of(code("Drivers/National").id()))).size());
    }

    @Test
    void droppingACodeOnAnotherMovesItUnderAndBetweenTwoReordersIt() {
        Code roles = code("Roles");
        Code drivers = code("Drivers");
        var move = CodebookDragAndDrop.moveFor(store.codebook(), roles, drivers, ViewerDropAdapter.LOCATION_ON);
        store.apply(move);
        assertEquals(drivers.id(), code("Drivers/Roles").parentId());
        Code global = code("Drivers/Global");
        store.apply(CodebookDragAndDrop.moveFor(store.codebook(), code("Drivers/Roles"), global,
                ViewerDropAdapter.LOCATION_BEFORE));
        assertEquals(List.of("Roles", "Global", "National", "Local"),
                store.codebook().children(drivers.id()).stream().map(Code::name).toList());
        assertNull(CodebookDragAndDrop.moveFor(store.codebook(), drivers, code("Drivers/Local"),
                ViewerDropAdapter.LOCATION_ON), "a code cannot go under its own subcode");
        store.apply(CodebookDragAndDrop.moveFor(store.codebook(), code("Drivers/Roles"), null,
                ViewerDropAdapter.LOCATION_NONE));
        assertTrue(store.codebook().byPath("Roles").isPresent(), "blank space moves to the top level");
    }

    @Test
    void filterShowsMatchesWithTheirAncestors() {
        codebook.setFilter("loc");
        processEvents();
        TreeItem[] top = codebook.viewer().getTree().getItems();
        assertEquals(List.of("Drivers (category)"), Arrays.stream(top).map(i -> i.getText(0)).toList());
        assertEquals(List.of("Local"), Arrays.stream(top[0].getItems()).map(i -> i.getText(0)).toList());
        codebook.setFilter("");
        processEvents();
        assertEquals(4, codebook.viewer().getTree().getItemCount());
    }

    @Test
    void attributesViewEditsTheDocumentsValues() throws Exception {
        AttributesView view = (AttributesView) page.showView(AttributesView.ID);
        long dalian = store.documentByName("大连与北九州的环境合作").orElseThrow().id();
        view.show(dalian);
        processEvents();
        assertEquals(store.attributes().size(), view.viewer().getTable().getItemCount());
        Attribute city = store.attributes().stream().filter(a -> a.name().equals("city")).findFirst().orElseThrow();
        view.setValue(city, "Dalian (大连)");
        processEvents();
        assertEquals("Dalian (大连)", store.attributeValuesByDocument().get(dalian).get("city"));
        run("org.eclipse.ui.edit.undo", null, "");
        assertEquals("Dalian", store.attributeValuesByDocument().get(dalian).get("city"));
    }

    @Test
    void theCoderRecordsLaterChanges() throws Exception {
        run("tessera.ui.setCoder", null, "Park Min-ji");
        try {
            assertEquals("Park Min-ji", store.coderName());
            run("tessera.ui.code.new", null, "Soft power");
            assertEquals("Park Min-ji", store.changeLog(1).get(0).coder());
        } finally {
            tessera.ui.session.CoderPreference.set("tester");
        }
    }

    @Test
    void aDropInARowsTopOrBottomQuarterGoesBetweenCodesAndTheMiddleOntoOne() {
        var row = new org.eclipse.swt.graphics.Rectangle(0, 100, 200, 24);
        assertEquals(ViewerDropAdapter.LOCATION_BEFORE, CodebookDragAndDrop.locationAt(101, row));
        assertEquals(ViewerDropAdapter.LOCATION_BEFORE, CodebookDragAndDrop.locationAt(105, row));
        assertEquals(ViewerDropAdapter.LOCATION_ON, CodebookDragAndDrop.locationAt(106, row));
        assertEquals(ViewerDropAdapter.LOCATION_ON, CodebookDragAndDrop.locationAt(117, row));
        assertEquals(ViewerDropAdapter.LOCATION_AFTER, CodebookDragAndDrop.locationAt(118, row));
        assertEquals(ViewerDropAdapter.LOCATION_AFTER, CodebookDragAndDrop.locationAt(123, row));
    }
}
