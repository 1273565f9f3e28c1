package tessera.ui.editor;

import java.util.Iterator;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IOverviewRuler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import tessera.ui.util.Colours;

/**
 * The overview beside the scroll bar: a mark in its code's colour wherever a coding lies in the whole document,
 * placed by its share of the text, so marks stay right with wrapped lines; a click scrolls there. (The platform's
 * OverviewRuler fails to paint when a wrapped text is shorter than its view, and colours by type, not by code.)
 */
final class CodingOverviewRuler implements IOverviewRuler {

    static final int WIDTH = 14;
    static final int MARK = 3;

    private final Colours.Cache colours;
    private IAnnotationModel codings;
    private ITextViewer viewer;
    private Canvas canvas;
    private Canvas header;

    CodingOverviewRuler(Colours.Cache colours) {
        this.colours = colours;
    }

    /** The codings' own model, whose positions are the text's offsets. */
    void useModel(IAnnotationModel model) {
        this.codings = model;
        update();
    }

    @Override
    public Control createControl(Composite parent, ITextViewer textViewer) {
        viewer = textViewer;
        header = new Canvas(parent, SWT.NONE);
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, e -> {
            int length = viewer.getDocument() == null ? 0 : viewer.getDocument().getLength();
            int height = canvas.getClientArea().height;
            if (length > 0 && height > 0) {
                int offset = (int) Math.min(length, (long) e.y * length / height);
                viewer.revealRange(offset, 0);
            }
        });
        return canvas;
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(area);
        int length = viewer == null || viewer.getDocument() == null ? 0 : viewer.getDocument().getLength();
        if (codings == null || length == 0) {
            return;
        }
        // one colour per pixel row (the innermost coding there wins), drawn as runs: thousands of codings cost a
        // pass over the model and at most one rectangle per row, not one per coding
        String[] rows = new String[area.height];
        int[] lengths = new int[area.height];
        for (Iterator<?> it = codings.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof CodingAnnotation a) {
                Position p = codings.getPosition(a);
                if (p == null) {
                    continue;
                }
                int y1 = Math.min(area.height - MARK, (int) ((long) p.offset * area.height / length));
                int y2 = Math.max(y1 + MARK, (int) ((long) (p.offset + p.length) * area.height / length));
                for (int y = Math.max(0, y1); y < Math.min(area.height, y2); y++) {
                    if (rows[y] == null || p.length < lengths[y]) {
                        rows[y] = a.code().colour();
                        lengths[y] = p.length;
                    }
                }
            }
        }
        for (int y = 0; y < rows.length;) {
            int end = y + 1;
            while (end < rows.length && java.util.Objects.equals(rows[end], rows[y])) {
                end++;
            }
            if (rows[y] != null) {
                gc.setBackground(colours.get(Colours.rgb(rows[y])));
                gc.fillRectangle(2, y, area.width - 4, end - y);
            }
            y = end;
        }
    }

    @Override
    public void update() {
        if (canvas != null && !canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    @Override
    public void setModel(IAnnotationModel model) {
        update(); // the viewer's visual model; the codings' own model is set through useModel
    }

    @Override
    public IAnnotationModel getModel() {
        return codings;
    }

    @Override
    public Control getControl() {
        return canvas;
    }

    @Override
    public Control getHeaderControl() {
        return header;
    }

    @Override
    public int getWidth() {
        return WIDTH;
    }

    @Override
    public int getLineOfLastMouseButtonActivity() {
        return -1;
    }

    @Override
    public int toDocumentLineNumber(int y) {
        return -1;
    }

    @Override
    public boolean hasAnnotation(int y) {
        return false;
    }

    @Override
    public int getAnnotationHeight() {
        return MARK;
    }

    @Override
    public void setAnnotationTypeColor(Object annotationType, Color color) {
        // colours come from each coding's code
    }

    @Override
    public void setAnnotationTypeLayer(Object annotationType, int layer) {
        // one layer
    }

    @Override
    public void addAnnotationType(Object annotationType) {
        // shows codings only
    }

    @Override
    public void removeAnnotationType(Object annotationType) {
        // shows codings only
    }

    @Override
    public void addHeaderAnnotationType(Object annotationType) {
        // no header marks
    }

    @Override
    public void removeHeaderAnnotationType(Object annotationType) {
        // no header marks
    }
}
