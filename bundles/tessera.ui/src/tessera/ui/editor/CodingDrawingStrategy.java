package tessera.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationPainter.IDrawingStrategy;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

import tessera.ui.util.Colours;

/**
 * Paints a coding in its code's colour: a translucent layer over the passage, so that overlapping codings blend
 * rather than hide one another (two at most: a third and deeper are outlined in their colour), and an underline in the coding's own lane, so that each coding's extent stays
 * visible where several overlap. The annotation painter calls this once per text line; a wrapped line is split
 * here into its visual lines.
 */
final class CodingDrawingStrategy implements IDrawingStrategy {

    /** Opacity of one coding's layer (0-255): two layers still leave black text readable. */
    static final int LAYER_ALPHA = 72;
    /** Underlines stacked below a line; deeper overlaps share the last lane's underline. */
    static final int UNDERLINE_LANES = 3;
    static final int UNDERLINE_PITCH = 3;
    /** Layers that blend over one stretch; deeper overlaps are outlined, so the text stays readable. */
    static final int FILLED_LANES = 2;

    private final Colours.Cache colours;

    CodingDrawingStrategy(Colours.Cache colours) {
        this.colours = colours;
    }

    @Override
    public void draw(Annotation annotation, GC gc, StyledText text, int offset, int length, Color color) {
        if (!(annotation instanceof CodingAnnotation coding) || length <= 0) {
            return;
        }
        if (gc == null) {
            clear(text, offset, offset + length);
            return;
        }
        Color own = colours.get(Colours.rgb(coding.code().colour()));
        int lane = Math.min(coding.lane(), UNDERLINE_LANES - 1);
        int end = offset + length;
        for (int from = offset; from < end;) {
            int to = endOfVisualLine(text, from, end);
            Rectangle r = text.getTextBounds(from, to - 1);
            int lineHeight = text.getLineHeight(from);
            gc.setBackground(own);
            if (fills(coding.lane())) {
                gc.setAlpha(LAYER_ALPHA);
                gc.fillRectangle(r.x, r.y, r.width, lineHeight);
                gc.setAlpha(255);
            } else {
                // a third layer would darken the text past reading: the deeper codings are outlined instead
                gc.setForeground(own);
                gc.drawRectangle(r.x, r.y, Math.max(0, r.width - 1), lineHeight - 1);
            }
            gc.fillRectangle(r.x, r.y + lineHeight + lane * UNDERLINE_PITCH, r.width, 2);
            from = to;
        }
    }

    /** Whether a coding in this lane is a translucent layer (at most two blend) rather than an outline. */
    static boolean fills(int lane) {
        return lane < FILLED_LANES;
    }

    /**
     * Repaints the lines of [from, to) that are in view. Not {@code redrawRange}: that also drops the widget's
     * line-height cache, and in a document of thousands of lines re-measuring them made each coding cost tens of
     * milliseconds; the text and its layout never change here, only what is painted over it.
     */
    static void clear(StyledText text, int from, int to) {
        int top = text.getTopIndex();
        int bottom = text.getLineIndex(text.getClientArea().height);
        int first = text.getLineAtOffset(from);
        int last = text.getLineAtOffset(Math.max(from, to - 1));
        if (last < top || first > bottom) {
            return;
        }
        int y1 = first <= top ? 0 : text.getLinePixel(first);
        int y2 = last >= bottom ? text.getClientArea().height : text.getLinePixel(last + 1);
        text.redraw(0, y1, text.getClientArea().width, Math.max(1, y2 - y1), true);
    }

    /** The end (exclusive) of the visual line that holds {@code from}, at most {@code end}: a binary search on y. */
    static int endOfVisualLine(StyledText text, int from, int end) {
        int y = text.getLocationAtOffset(from).y;
        int lo = from;
        int hi = end - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (text.getLocationAtOffset(mid).y == y) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }
}
