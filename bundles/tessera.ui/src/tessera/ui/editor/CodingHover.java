package tessera.ui.editor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension2;
import org.eclipse.osgi.util.NLS;

import tessera.ui.internal.Messages;

/** Hovering over coded text lists each coding there: code path, coder, date and the start of its memo. */
final class CodingHover implements ITextHover {

    static final int MEMO_EXCERPT = 160;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final IAnnotationModel model;

    CodingHover(IAnnotationModel model) {
        this.model = model;
    }

    /** The codings whose passage holds the offset, shortest first. */
    List<CodingAnnotation> at(int offset) {
        List<CodingAnnotation> found = new ArrayList<>();
        Iterator<?> it = ((IAnnotationModelExtension2) model).getAnnotationIterator(offset, 1, true, true);
        while (it.hasNext()) {
            if (it.next() instanceof CodingAnnotation a) {
                Position p = model.getPosition(a);
                if (p != null && p.includes(offset)) {
                    found.add(a);
                }
            }
        }
        found.sort(Comparator.comparingInt(a -> a.coding().length()));
        return found;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        List<CodingAnnotation> found = at(offset);
        if (found.isEmpty()) {
            return null;
        }
        Position p = model.getPosition(found.get(0));
        return new Region(p.offset, p.length);
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        List<CodingAnnotation> found = at(region.getOffset());
        return found.isEmpty() ? null : found.stream().map(CodingHover::describe).collect(Collectors.joining("\n\n"));
    }

    static String describe(CodingAnnotation a) {
        String line = NLS.bind(Messages.Hover_coding, new Object[] {a.path(), a.coder(),
            DATE.format(a.coding().created())});
        if (a.memo().isEmpty()) {
            return line;
        }
        String memo = a.memo().strip();
        if (memo.codePointCount(0, memo.length()) > MEMO_EXCERPT) {
            memo = memo.substring(0, memo.offsetByCodePoints(0, MEMO_EXCERPT)) + "\u2026";
        }
        return line + "\n" + NLS.bind(Messages.Hover_memo, memo);
    }
}
