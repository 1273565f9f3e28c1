package tessera.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.RGB;

import tessera.core.model.Code;
import tessera.core.model.Coding;
import tessera.core.text.CodePointIndex;
import tessera.ui.util.Colours;

/**
 * Turns codings (code points) into SWT style ranges (UTF-16): the text is cut at every coding boundary, and each
 * piece gets a tint blended from the colours of all codes on it, so overlapping codings stay visible; where
 * codings overlap, the piece is also underlined in the colour of the shortest coding on it.
 */
public final class CodingHighlighter {

    private final Colours.Cache colours = new Colours.Cache();

    public List<StyleRange> styles(CodePointIndex index, Collection<Coding> codings, Map<Long, Code> codes) {
        TreeMap<Integer, List<Coding>> starts = new TreeMap<>();
        TreeMap<Integer, Integer> boundaries = new TreeMap<>();
        for (Coding c : codings) {
            int s = index.toUtf16(c.start());
            int e = index.toUtf16(c.end());
            starts.computeIfAbsent(s, k -> new ArrayList<>()).add(c);
            boundaries.put(s, s);
            boundaries.put(e, e);
        }
        List<StyleRange> out = new ArrayList<>();
        List<Coding> active = new ArrayList<>();
        Integer previous = null;
        for (int at : boundaries.keySet()) {
            if (previous != null && !active.isEmpty()) {
                out.add(style(previous, at, active, codes));
            }
            final int here = at;
            active.removeIf(c -> index.toUtf16(c.end()) <= here);
            active.addAll(starts.getOrDefault(at, List.of()));
            previous = at;
        }
        return out;
    }

    private StyleRange style(int start, int end, List<Coding> active, Map<Long, Code> codes) {
        List<RGB> rgbs = active.stream().map(c -> codes.get(c.codeId())).filter(java.util.Objects::nonNull)
                .map(Code::colour).distinct().map(Colours::rgb).toList();
        StyleRange r = new StyleRange();
        r.start = start;
        r.length = end - start;
        r.background = colours.get(Colours.tint(rgbs));
        if (active.size() > 1) {
            Coding shortest = active.stream().min(Comparator.comparingInt(Coding::length)).orElseThrow();
            Code code = codes.get(shortest.codeId());
            r.underline = true;
            r.underlineStyle = SWT.UNDERLINE_SINGLE;
            r.underlineColor = colours.get(Colours.rgb(code == null ? "#808080" : code.colour()));
        }
        return r;
    }
}
