package tessera.ui.views;

import java.util.LinkedHashMap;
import java.util.Map;

import tessera.core.model.Coding;
import tessera.core.store.ProjectReader;
import tessera.core.text.CodePointIndex;

/**
 * The passages of codings, read from their documents' texts as rows come into sight: the last few texts read are
 * kept (a screen of segments mostly shares them), never every document of a large project at once.
 */
final class SegmentTexts {

    private static final int KEPT = 64;

    private record Text(String text, CodePointIndex index) {
    }

    private final Map<Long, Text> texts = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Text> eldest) {
            return size() > KEPT;
        }
    };

    /** The coded passage on one line. */
    String passage(ProjectReader project, Coding c) {
        Text t = texts.computeIfAbsent(c.documentId(), id -> {
            String text = project.text(id);
            return new Text(text, CodePointIndex.of(text));
        });
        return CodePointIndex.slice(t.text(), t.index(), c.start(), c.end()).replace('\n', ' ');
    }

    void clear() {
        texts.clear();
    }
}
