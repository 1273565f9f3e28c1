package tessera.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import tessera.core.model.Code;
import tessera.core.model.Coding;
import tessera.core.store.CodingFilter;
import tessera.core.text.CodePointIndex;
import tessera.ui.session.ProjectSession;

/** The coding commands, run as the menus and keys run them, on text with a character outside the BMP. */
class CodingCommandsTest extends EditorFixture {

    /** "𠮷田さん": U+20BB7 is one code point and two UTF-16 units. */
    static final String NAME = "\uD842\uDFB7田さん";

    private Coding onlyNew(long documentId, List<Coding> before) {
        List<Coding> now = store.codings(CodingFilter.document(documentId));
        List<Coding> added = now.stream().filter(c -> !before.contains(c)).toList();
        assertEquals(1, added.size(), "one coding added");
        return added.get(0);
    }

    @Test
    void quickCodeStoresCodePointsPaintsTheAnnotationAndUndoRedoRoundTrip() throws Exception {
        DocumentEditor editor = open("北九州市の国際環境協力");
        long doc = editor.documentId();
        List<Coding> before = store.codings(CodingFilter.document(doc));
        select(editor, NAME);
        run("tessera.ui.quickCode", "Roles");

        Coding added = onlyNew(doc, before);
        String text = store.text(doc);
        assertEquals(NAME, CodePointIndex.slice(text, CodePointIndex.of(text), added.start(), added.end()));
        assertEquals(4, added.length(), "4 code points");
        assertEquals(store.codebook().byPath("Roles").orElseThrow().id(), added.codeId());
        CodingAnnotation a = editor.annotations().stream().filter(x -> x.coding().id() == added.id()).findFirst()
                .orElseThrow();
        var p = editor.annotationModel().getPosition(a);
        assertEquals(editor.textWidget().getText().indexOf(NAME), p.offset);
        assertEquals(5, p.length, "5 UTF-16 units in the widget");

        run("org.eclipse.ui.edit.undo", null);
        assertTrue(editor.annotations().stream().noneMatch(x -> x.coding().id() == added.id()), "undo unpaints");
        run("org.eclipse.ui.edit.redo", null);
        assertEquals(before.size() + 1, editor.annotations().size(), "redo paints it again");
        assertEquals(added.codeId(), ProjectSession.in(PlatformUI.getWorkbench()).recentCodes().get(0).id(), "Code With lists it first");
    }

    @Test
    void quickCodeCreatesACodeThatNoneMatchesInOneUndoStep() throws Exception {
        DocumentEditor editor = open("北九州市の国際環境協力");
        select(editor, "環境協力");
        run("tessera.ui.quickCode", "Environmental know-how");
        Code created = store.codebook().byPath("Environmental know-how").orElseThrow();
        assertEquals(1, store.codings(CodingFilter.codes(Set.of(created.id()))).size());
        run("org.eclipse.ui.edit.undo", null);
        assertTrue(store.codebook().byPath("Environmental know-how").isEmpty());
    }

    @Test
    void inVivoMakesTheSelectedWordsACode() throws Exception {
        DocumentEditor editor = open("北九州市の国際環境協力");
        select(editor, NAME);
        run("tessera.ui.inVivo", null);
        Code code = store.codebook().byPath(NAME).orElseThrow();
        Coding coding = store.codings(CodingFilter.codes(Set.of(code.id()))).get(0);
        assertEquals(4, coding.length());
        assertTrue(editor.annotations().stream().anyMatch(a -> a.coding().id() == coding.id()));
        run("org.eclipse.ui.edit.undo", null);
        assertTrue(store.codebook().byPath(NAME).isEmpty(), "one undo takes back code and coding");
    }

    @Test
    void droppingACodeOnTheSelectionCodesIt() throws Exception {
        DocumentEditor editor = open("大连与北九州的环境合作");
        long doc = editor.documentId();
        List<Coding> before = store.codings(CodingFilter.document(doc));
        Code roles = store.codebook().byPath("Roles").orElseThrow();
        select(editor, "大连");
        new CodeDropTarget(editor).drop(List.of(roles)); // a native drag cannot be simulated under Xvfb
        processEvents();
        Coding added = onlyNew(doc, before);
        assertEquals(roles.id(), added.codeId());
        assertEquals(2, added.length());
    }

    @Test
    void recodeAndFitChangeTheChosenCodingAndUndoRestoresIt() throws Exception {
        DocumentEditor editor = open("东北亚城市合作的三重动力");
        Code local = store.codebook().byPath("Drivers/Local").orElseThrow();
        Coding coding = store.codings(new CodingFilter(editor.documentId(), Set.of(local.id()), null)).get(0);
        editor.selectCoding(coding.id());
        run("tessera.ui.recode", "Roles");
        Coding recoded = store.coding(coding.id()).orElseThrow();
        assertEquals(store.codebook().byPath("Roles").orElseThrow().id(), recoded.codeId());
        assertEquals(coding.start(), recoded.start());
        assertTrue(editor.annotations().stream().anyMatch(a -> a.coding().id() == coding.id()
                && a.path().equals("Roles")), "the stripe and layer show the new code");

        // grow the chosen coding by two characters at its end, as Shift+Right twice would
        editor.selectCoding(coding.id());
        int from = editor.index().toUtf16(coding.start());
        int to = editor.index().toUtf16(coding.end() + 2);
        editor.textWidget().setSelection(from, to);
        run("tessera.ui.fitCoding", null);
        assertEquals(coding.end() + 2, store.coding(coding.id()).orElseThrow().end());
        run("org.eclipse.ui.edit.undo", null);
        run("org.eclipse.ui.edit.undo", null);
        assertEquals(coding, store.coding(coding.id()).orElseThrow());
    }

    @Test
    void uncodeRemovesTheCodingChosenOnTheStripes() throws Exception {
        DocumentEditor editor = open("东北亚城市合作的三重动力");
        Coding coding = store.codings(CodingFilter.document(editor.documentId())).get(0);
        editor.selectCoding(coding.id());
        run("tessera.ui.uncode", null);
        assertTrue(store.coding(coding.id()).isEmpty());
        assertTrue(editor.selectedCoding().isEmpty());
    }

    @Test
    void aCodingChosenOnTheStripesGetsItsMemoInTheMemoView() throws Exception {
        tessera.ui.views.MemoView memo = (tessera.ui.views.MemoView) page.showView(tessera.ui.views.MemoView.ID);
        DocumentEditor editor = open("东北亚城市合作的三重动力");
        page.activate(editor);
        Coding coding = store.codings(CodingFilter.document(editor.documentId())).get(1);
        editor.selectCoding(coding.id());
        processEvents();
        memo.text().setText("Sato reads this as national, not local.");
        memo.save();
        var memos = store.memos(tessera.core.model.MemoTarget.coding(coding.id()));
        assertEquals(1, memos.size());
        assertEquals("Sato reads this as national, not local.", memos.get(0).text());
    }
}
