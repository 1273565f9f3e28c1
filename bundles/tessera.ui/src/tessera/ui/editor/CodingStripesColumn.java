package tessera.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension2;
import org.eclipse.jface.text.source.IVerticalRulerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import tessera.ui.util.Colours;

/**
 * Coding stripes beside the text, as NVivo's stripes or MAXQDA's coding column: one bar per coding in its lane and
 * its code's colour, from the first to the last line of the passage, with the code's name beside the bar's top.
 * Clicking a bar or a name selects that coding.
 */
final class CodingStripesColumn implements IVerticalRulerColumn {

    static final int PITCH = 7;
    static final int BAR = 4;

    private ParagraphLabels paragraphs;
    static final int LABELS = 120;
    /** Labels that name the coder as well need more room. */
    static final int LABELS_WITH_CODER = 200;

    /** A painted bar or label, kept to answer clicks. */
    record Hit(Rectangle area, CodingAnnotation annotation) {
    }

    private final Colours.Cache colours;
    private final Consumer<CodingAnnotation> onSelect;
    private CompositeRuler ruler;
    private Canvas canvas;
    private IAnnotationModel model;
    private StyledText text;
    private int lanes;
    private boolean withCoder;
    private Font font;
    /** The measured width of the paragraph numbers; -1 until measured for the current text and font. */
    private int numbersWidth = -1;
    private final List<Hit> hits = new ArrayList<>();

    CodingStripesColumn(Colours.Cache colours, Consumer<CodingAnnotation> onSelect) {
        this.colours = colours;
        this.onSelect = onSelect;
    }

    @Override
    public Control createControl(CompositeRuler parentRuler, Composite parentControl) {
        ruler = parentRuler;
        canvas = new Canvas(parentControl, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, e -> {
            CodingAnnotation hit = hitAt(e.x, e.y);
            if (hit != null && e.button == 1) {
                onSelect.accept(hit);
            }
        });
        canvas.addListener(SWT.MouseMove, e -> {
            CodingAnnotation hit = hitAt(e.x, e.y);
            String tip = hit == null ? null : hit.path() + " \u2014 " + hit.coder();
            if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
                canvas.setToolTipText(tip);
            }
        });
        return canvas;
    }

    /** The text whose lines the stripes follow; set once the viewer exists. */
    void setTextWidget(StyledText widget) {
        this.text = widget;
        widget.addListener(SWT.Resize, e -> redraw());
    }

    /** After the text changed: the width (the numbers' digits) and the picture. */
    void refit() {
        numbersWidth = -1;
        if (ruler != null) {
            ruler.relayout();
        }
        redraw();
    }

    /** Paragraph numbers to draw at the left of the stripes, level with each paragraph's first line. */
    void numberParagraphs(ParagraphLabels labels) {
        paragraphs = labels;
    }

    /**
     * The width the paragraph numbers take: the widest number's, and a gap. Measured once per text and font, not on
     * every paint and layout: a scroll repaints the column many times a second.
     */
    int numbersWidth() {
        if (paragraphs == null || canvas == null || canvas.isDisposed()) {
            return 0;
        }
        if (numbersWidth < 0) {
            GC gc = new GC(canvas);
            try {
                gc.setFont(font != null ? font : canvas.getFont());
                numbersWidth = gc.textExtent(paragraphs.widest()).x + 8;
            } finally {
                gc.dispose();
            }
        }
        return numbersWidth;
    }

    private void paintNumbers(GC gc, int width, Rectangle area) {
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        int first = text.getLineIndex(0);
        int lastLine = Math.min(text.getLineCount() - 1, text.getLineIndex(area.height));
        for (int line = first; line <= lastLine; line++) {
            String n = paragraphs.label(line);
            if (!n.isEmpty()) {
                int y = text.getLocationAtOffset(text.getOffsetAtLine(line)).y;
                gc.drawText(n, width - 6 - gc.textExtent(n).x, y, true);
            }
        }
    }

    /** After an update: the number of lanes decides the column's width. */
    void setLanes(int count) {
        if (count != lanes) {
            lanes = count;
            if (ruler != null) {
                ruler.relayout();
            }
        }
        redraw();
    }

    /** Whether a bar's label names its coder as well as its code (when the lanes are grouped by coder). */
    void labelWithCoder(boolean on) {
        withCoder = on;
        if (ruler != null) {
            ruler.relayout();
        }
        redraw();
    }

    CodingAnnotation hitAt(int x, int y) {
        return hits.stream().filter(h -> h.area().contains(x, y)).map(Hit::annotation)
                .min(Comparator.comparingInt(a -> a.coding().length())).orElse(null);
    }

    /** For tests: what was painted where. */
    List<Hit> hits() {
        return List.copyOf(hits);
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        hits.clear();
        if (text == null || model == null || text.getCharCount() == 0) {
            return;
        }
        gc.setFont(font != null ? font : canvas.getFont());
        int numbers = numbersWidth();
        if (paragraphs != null) {
            paintNumbers(gc, numbers, area);
        }
        int top = text.getOffsetAtPoint(new Point(0, 0)) >= 0 ? text.getOffsetAtPoint(new Point(0, 0))
                : text.getOffsetAtLine(text.getTopIndex());
        int bottomLine = Math.min(text.getLineCount() - 1, text.getLineIndex(area.height));
        int bottom = text.getOffsetAtLine(bottomLine) + text.getLine(bottomLine).length();
        List<CodingAnnotation> visible = new ArrayList<>();
        Iterator<?> it = ((IAnnotationModelExtension2) model).getAnnotationIterator(top, bottom - top + 1, true, true);
        while (it.hasNext()) {
            if (it.next() instanceof CodingAnnotation a) {
                visible.add(a);
            }
        }
        visible.sort(Comparator.comparingInt((CodingAnnotation a) -> a.coding().start()).thenComparingInt(
                CodingAnnotation::lane));
        int labelBottom = Integer.MIN_VALUE;
        int labelX = numbers + 4 + lanes * PITCH + 4;
        for (CodingAnnotation a : visible) {
            Position p = model.getPosition(a);
            if (p == null || p.isDeleted()) {
                continue;
            }
            int y1 = Math.max(0, text.getLocationAtOffset(Math.max(p.offset, 0)).y);
            int endOffset = Math.max(p.offset, p.offset + p.length - 1);
            int y2 = Math.min(area.height, text.getLocationAtOffset(endOffset).y + text.getLineHeight(endOffset));
            int x = numbers + 4 + a.lane() * PITCH;
            gc.setBackground(colours.get(Colours.rgb(a.code().colour())));
            gc.fillRectangle(x, y1 + 1, BAR, Math.max(2, y2 - y1 - 2));
            hits.add(new Hit(new Rectangle(x - 1, y1, BAR + 2, Math.max(2, y2 - y1)), a));
            int labelY = Math.max(y1, labelBottom);
            String name = label(a, withCoder);
            Point extent = gc.textExtent(name);
            if (labelY + extent.y <= area.height) {
                gc.setForeground(colours.get(Colours.rgb(a.code().colour())));
                String label = fit(gc, name, labels() - 6);
                gc.drawText(label, labelX, labelY, true);
                hits.add(new Hit(new Rectangle(labelX, labelY, gc.textExtent(label).x, extent.y), a));
                labelBottom = labelY + extent.y;
            }
        }
    }

    /** A bar's label: its code (and coder), after a pencil where the coding carries a memo. */
    static String label(CodingAnnotation a, boolean withCoder) {
        return (a.memo().isBlank() ? "" : "\u270e ")
                + (withCoder ? a.code().name() + " \u00b7 " + a.coder() : a.code().name());
    }

    private static String fit(GC gc, String name, int width) {
        if (gc.textExtent(name).x <= width) {
            return name;
        }
        String cut = name;
        while (cut.length() > 1 && gc.textExtent(cut + "\u2026").x > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut + "\u2026";
    }

    @Override
    public void setModel(IAnnotationModel visualModel) {
        // the viewer's visual model wraps the codings' model; the column reads the codings' model directly
        redraw();
    }

    /** The annotation model of the codings, whose positions are widget offsets (the editor folds nothing). */
    void useModel(IAnnotationModel codings) {
        this.model = codings;
        redraw();
    }

    @Override
    public void redraw() {
        if (canvas != null && !canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    @Override
    public Control getControl() {
        return canvas;
    }

    @Override
    public int getWidth() {
        return numbersWidth() + (lanes == 0 ? 8 : 8 + lanes * PITCH + labels());
    }

    private int labels() {
        return withCoder ? LABELS_WITH_CODER : LABELS;
    }

    @Override
    public void setFont(Font font) {
        this.font = font;
        numbersWidth = -1;
    }
}
