package tessera.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.ISynchronizable;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;

import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.model.Coding;
import tessera.core.model.Memo;
import tessera.core.model.MemoTarget;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectReader;
import tessera.core.text.CodePointIndex;

/**
 * Keeps the editor's annotation model in step with the document's codings. Each update reads the codings once,
 * converts their code-point ranges to UTF-16 positions here, at the edge, and replaces only the annotations that
 * changed, in one {@code replaceAnnotations} call under the model's lock, as JDT does: adding one coding to a
 * document of thousands repaints one passage, not the whole text.
 */
final class CodingAnnotationUpdater {

    private final IAnnotationModel model;
    private final Map<Long, CodingAnnotation> shown = new HashMap<>();
    private int lanes;

    CodingAnnotationUpdater(IAnnotationModel model) {
        this.model = model;
    }

    /**
     * Shows the codings of a document; {@code coderId} null shows every coder's.
     *
     * @return the annotations now in the model
     */
    List<CodingAnnotation> update(ProjectReader store, long documentId, CodePointIndex index, Long coderId) {
        List<Coding> codings = store.codings(CodingFilter.document(documentId)).stream()
                .filter(c -> coderId == null || c.coderId() == coderId).toList();
        Codebook book = store.codebook();
        Map<Long, String> coders = store.coderNames();
        Map<Long, String> memos = new HashMap<>();
        for (Memo m : store.allMemos()) {
            if (m.target().kind() == MemoTarget.Kind.CODING) {
                memos.merge(m.target().id(), m.text(), (a, b) -> a + "\n" + b);
            }
        }
        Map<Long, Integer> laneOf = Lanes.assign(codings);
        Map<Long, CodingAnnotation> next = new HashMap<>();
        for (Coding c : codings) {
            Code code = book.get(c.codeId()).orElse(null);
            if (code != null) {
                next.put(c.id(), new CodingAnnotation(c, code, book.path(code.id()),
                        coders.getOrDefault(c.coderId(), "?"), memos.getOrDefault(c.id(), ""), laneOf.get(c.id())));
            }
        }
        replace(next, index);
        lanes = laneOf.values().stream().mapToInt(l -> l + 1).max().orElse(0);
        return List.copyOf(shown.values());
    }

    private void replace(Map<Long, CodingAnnotation> next, CodePointIndex index) {
        List<Annotation> removed = new ArrayList<>();
        Map<Annotation, Position> added = new HashMap<>();
        for (Iterator<Map.Entry<Long, CodingAnnotation>> it = shown.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Long, CodingAnnotation> e = it.next();
            CodingAnnotation now = next.get(e.getKey());
            if (now == null || !now.sameAs(e.getValue())) {
                removed.add(e.getValue());
                it.remove();
            }
        }
        for (CodingAnnotation a : next.values()) {
            if (!shown.containsKey(a.coding().id())) {
                int from = index.toUtf16(a.coding().start());
                added.put(a, new Position(from, index.toUtf16(a.coding().end()) - from));
                shown.put(a.coding().id(), a);
            }
        }
        if (removed.isEmpty() && added.isEmpty()) {
            return;
        }
        Object lock = model instanceof ISynchronizable s && s.getLockObject() != null ? s.getLockObject() : model;
        synchronized (lock) {
            ((IAnnotationModelExtension) model).replaceAnnotations(removed.toArray(Annotation[]::new), added);
        }
    }

    /** How many lanes the deepest overlap of the shown codings needs. */
    int lanes() {
        return lanes;
    }

    /** The annotation of a coding, when it is shown. */
    CodingAnnotation annotationOf(long codingId) {
        return shown.get(codingId);
    }

    List<CodingAnnotation> shown() {
        return List.copyOf(shown.values());
    }
}
