package tessera.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.text.Position;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

import tessera.core.model.Coding;
import tessera.core.store.CodingFilter;
import tessera.ui.util.Colours;

/** The editor's annotation model, painting and stripes against the stored codings. */
class CodingAnnotationsTest extends EditorFixture {

    @Test
    void everyStoredCodingIsOneAnnotationAtItsUtf16PositionAndOverlapsTakeSeparateLanes() throws Exception {
        DocumentEditor editor = open("东北亚城市合作的三重动力");
        List<Coding> stored = store.codings(CodingFilter.document(editor.documentId()));
        Map<Long, CodingAnnotation> shown = editor.annotations().stream()
                .collect(Collectors.toMap(a -> a.coding().id(), a -> a));
        assertEquals(stored.size(), shown.size());
        for (Coding c : stored) {
            CodingAnnotation a = shown.get(c.id());
            Position p = editor.annotationModel().getPosition(a);
            assertEquals(editor.index().toUtf16(c.start()), p.offset);
            assertEquals(editor.index().toUtf16(c.end()) - p.offset, p.length);
            assertEquals(CodingAnnotation.TYPE + "." + c.codeId(), a.getType());
        }
        for (Coding x : stored) {
            for (Coding y : stored) {
                if (x.id() != y.id() && x.overlaps(y.start(), y.end())) {
                    assertNotEquals(shown.get(x.id()).lane(), shown.get(y.id()).lane(), "overlapping codings share a lane");
                }
            }
        }
    }

    @Test
    void codedTextIsTintedInItsCodesColourAndUncodedTextIsNot() throws Exception {
        DocumentEditor editor = open("东北亚城市合作的三重动力");
        // the first coding whose first character no other coding covers: one layer of colour there
        List<CodingAnnotation> all = editor.annotations();
        CodingAnnotation first = all.stream().filter(x -> all.stream().noneMatch(y -> y != x
                && y.coding().overlaps(x.coding().start(), x.coding().start() + 1)))
                .min(Comparator.comparingInt(x -> x.coding().start())).orElseThrow();
        int from = editor.index().toUtf16(first.coding().start());
        editor.reveal(0, 0);
        processEvents();
        RGB code = Colours.rgb(first.code().colour());
        double a = CodingDrawingStrategy.LAYER_ALPHA / 255.0;
        RGB expected = new RGB((int) Math.round(255 * (1 - a) + code.red * a),
                (int) Math.round(255 * (1 - a) + code.green * a), (int) Math.round(255 * (1 - a) + code.blue * a));
        RGB coded = pixelAboveGlyph(editor, from);
        // the painter draws in paint events; give a slow display a moment
        for (long end = System.currentTimeMillis() + 3000; !close(expected, coded, 14)
                && System.currentTimeMillis() < end;) {
            processEvents();
            coded = pixelAboveGlyph(editor, from);
        }
        RGB plain = pixelAboveGlyph(editor, 0);
        RGB background = editor.textWidget().getBackground().getRGB();
        assertEquals(background, plain, "the title is not coded");
        assertTrue(close(expected, coded, 14), "expected a layer of " + code + " over white, i.e. " + expected
                + ", found " + coded);
    }

    /** The colour of the line box's top row at a character: above the glyph, so only layers show there. */
    private static RGB pixelAboveGlyph(DocumentEditor editor, int offset) {
        var text = editor.textWidget();
        text.redraw();
        text.update();
        Rectangle r = text.getTextBounds(offset, offset);
        Image image = new Image(text.getDisplay(), text.getClientArea().width, text.getClientArea().height);
        GC gc = new GC(text);
        gc.copyArea(image, 0, 0);
        gc.dispose();
        ImageData data = image.getImageData();
        image.dispose();
        int pixel = data.getPixel(r.x + r.width / 2, r.y);
        return data.palette.getRGB(pixel);
    }

    private static boolean close(RGB a, RGB b, int tolerance) {
        return Math.abs(a.red - b.red) <= tolerance && Math.abs(a.green - b.green) <= tolerance
                && Math.abs(a.blue - b.blue) <= tolerance;
    }

    @Test
    void clickingAStripeSelectsItsCodingAndItsPassage() throws Exception {
        DocumentEditor editor = open("东北亚城市合作的三重动力");
        editor.stripes().redraw();
        editor.stripes().getControl().update();
        processEvents();
        List<CodingStripesColumn.Hit> hits = editor.stripes().hits();
        assertFalse(hits.isEmpty(), "stripes were painted");
        CodingStripesColumn.Hit hit = hits.get(0);
        Event click = new Event();
        click.button = 1;
        click.x = hit.area().x + 1;
        click.y = hit.area().y + hit.area().height / 2;
        editor.stripes().getControl().notifyListeners(SWT.MouseDown, click);
        processEvents();
        Coding chosen = editor.selectedCoding().orElseThrow();
        assertEquals(editor.stripes().hitAt(click.x, click.y).coding(), chosen);
        int[] range = editor.selectedRange();
        assertEquals(chosen.start(), range[0]);
        assertEquals(chosen.end(), range[1]);
    }

    @Test
    void showingOneCoderHidesTheOthersCodings() throws Exception {
        DocumentEditor editor = open("东北亚城市合作的三重动力");
        long liWei = store.coderByName("Li Wei").orElseThrow().id();
        int all = editor.annotations().size();
        run("tessera.ui.showCoder", "Li Wei");
        assertTrue(editor.annotations().stream().allMatch(a -> a.coding().coderId() == liWei));
        assertTrue(editor.annotations().size() < all && !editor.annotations().isEmpty());
        run("tessera.ui.showCoder", "");
        assertEquals(all, editor.annotations().size());
    }

    @Test
    void hoverNamesCodeCoderAndMemo() throws Exception {
        DocumentEditor editor = open("东北亚城市合作的三重动力");
        CodingAnnotation a = editor.annotations().get(0);
        store.apply(new tessera.core.ops.AddMemo(tessera.core.model.MemoTarget.coding(a.coding().id()),
                "Compare with the Dalian case."));
        processEvents();
        String hover = CodingHover.describe(editor.annotations().stream()
                .filter(x -> x.coding().id() == a.coding().id()).findFirst().orElseThrow());
        assertTrue(hover.contains(a.path()) && hover.contains(a.coder()) && hover.contains("Compare with the Dalian"),
                hover);
        CodingAnnotation withMemo = editor.annotations().stream().filter(x -> x.coding().id() == a.coding().id())
                .findFirst().orElseThrow();
        assertEquals("\u270e " + a.code().name(), CodingStripesColumn.label(withMemo, false), "a memo marker");
        CodingAnnotation other = editor.annotations().stream().filter(x -> x.memo().isBlank()).findFirst()
                .orElseThrow();
        assertEquals(other.code().name(), CodingStripesColumn.label(other, false));
    }

    @Test
    void aDoubleClickOnChineseSelectsTheSegmentedWord() throws Exception {
        DocumentEditor editor = open("大连与北九州的环境合作");
        String text = editor.textWidget().getText();
        int at = text.indexOf("北九州");
        editor.selectWordAt(at + 1); // on 九
        assertEquals("北九州", editor.textWidget().getSelectionText(), "the city, not the run up to the comma");
        int env = text.indexOf("环境");
        editor.selectWordAt(env);
        assertEquals("环境", editor.textWidget().getSelectionText());
    }

    @Test
    void atMostTwoLayersBlendAndDeeperOverlapsAreOutlined() {
        assertTrue(CodingDrawingStrategy.fills(0) && CodingDrawingStrategy.fills(1));
        assertTrue(!CodingDrawingStrategy.fills(2) && !CodingDrawingStrategy.fills(5));
    }

    @Test
    void theMarginNumbersParagraphsNotBlankLines() throws Exception {
        DocumentEditor editor = open("东北亚城市合作的三重动力");
        String[] lines = store.text(store.documentByName("东北亚城市合作的三重动力").orElseThrow().id()).split("\n", -1);
        int n = 0;
        for (int i = 0; i < lines.length; i++) {
            String expected = lines[i].isBlank() ? "" : Integer.toString(++n);
            assertEquals(expected, editor.paragraphLabel(i), "line " + i);
        }
        assertTrue(n > 3 && lines.length > n, "blank lines between the paragraphs have no number");
        assertTrue(editor.paragraphMargin() > 8, "a margin wide enough for the numbers: " + editor.paragraphMargin());
    }

    @Test
    void theHoverIsFramedOnItsOwnBackgroundAndKeepsItsLines() throws Exception {
        DocumentEditor editor = open("东北亚城市合作的三重动力");
        CodingTooltip tip = new CodingTooltip(editor.textWidget().getShell());
        try {
            org.eclipse.swt.graphics.RGB[] colours = tip.colours();
            assertEquals(CodingTooltip.BORDER, colours[0], "a grey frame");
            assertEquals(CodingTooltip.BACKGROUND, colours[1], "its own background, not the page's");
            tip.setInformation("Drivers/Global \u2014 Li Wei\n\nDrivers/Global \u2014 Kim Minji");
            tip.setSize(400, 200);
            var size = tip.computeSizeHint();
            assertTrue(size.y > 2 * editor.textWidget().getLineHeight(), "three lines, not one: " + size);
        } finally {
            tip.dispose();
        }
    }

    @Test
    void overviewRulerMarksWhereCodingsAreInTheirCodesColours() throws Exception {
        DocumentEditor editor = open("东北亚城市合作的三重动力");
        var ruler = editor.overview().getControl();
        ruler.redraw();
        ruler.update();
        processEvents();
        var size = ruler.getSize();
        Image image = new Image(ruler.getDisplay(), size.x, size.y);
        GC gc = new GC(ruler);
        gc.copyArea(image, 0, 0);
        gc.dispose();
        ImageData data = image.getImageData();
        image.dispose();
        java.util.Set<RGB> painted = new java.util.HashSet<>();
        for (int y = 0; y < size.y; y++) {
            painted.add(data.palette.getRGB(data.getPixel(size.x / 2, y)));
        }
        java.util.Set<RGB> codeColours = editor.annotations().stream().map(a -> Colours.rgb(a.code().colour()))
                .collect(Collectors.toSet());
        painted.retainAll(codeColours);
        assertTrue(painted.size() >= 3, "marks in the codes' colours: " + painted + " of " + codeColours);
    }
}
