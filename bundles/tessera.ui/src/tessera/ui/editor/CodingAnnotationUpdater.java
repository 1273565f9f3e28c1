package tessera.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
import tessera.core.store.Applied;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectReader;
import tessera.core.store.RowChange;
import tessera.core.store.Rows;
import tessera.core.store.Table;
import tessera.core.text.CodePointIndex;

/**
 * Keeps the editor's annotation model in step with the document's codings. The codings are read once; after that
 * each committed change is applied from its row images, so coding a passage in a document of thousands of codings
 * reads nothing back. Code-point ranges become UTF-16 positions here, at the edge, and only the annotations that
 * changed are replaced, in one {@code replaceAnnotations} call under the model's lock, as JDT does.
 */
final class CodingAnnotationUpdater {

    private final IAnnotationModel model;
    private final long documentId;
    private final CodePointIndex index;
    private final Map<Long, Coding> codings = new LinkedHashMap<>();
    private final Map<Long, CodingAnnotation> shown = new HashMap<>();
    private Codebook book;
    private Map<Long, String> coders;
    private Map<Long, String> memos;
    private Long coderFilter;
    private boolean byCoder;
    private int lanes;

    CodingAnnotationUpdater(IAnnotationModel model, long documentId, CodePointIndex index) {
        this.model = model;
        this.documentId = documentId;
        this.index = index;
    }

    /** Reads the document's codings and what their annotations show, then shows them. */
    void load(ProjectReader store) {
        codings.clear();
        store.codings(CodingFilter.document(documentId)).forEach(c -> codings.put(c.id(), c));
        book = store.codebook();
        coders = store.coderNames();
        memos = codingMemos(store);
        show();
    }

    /**
     * Follows a committed change: codings of this document from the change itself; the codebook, coders or memos
     * read again only when the change touched them.
     *
     * @return whether the annotations may have changed
     */
    boolean follow(Applied applied, ProjectReader store) {
        boolean touched = false;
        boolean codes = false;
        boolean coderRows = false;
        boolean memoRows = false;
        for (RowChange c : applied.changes()) {
            switch (c.table()) {
                case CODING -> {
                    Coding coding = Rows.coding(c);
                    if (coding.documentId() == documentId || codings.containsKey(coding.id())) {
                        touched = true;
                        if (c.kind() == RowChange.Kind.DELETE || coding.documentId() != documentId) {
                            codings.remove(coding.id());
                        } else {
                            codings.put(coding.id(), coding);
                        }
                    }
                }
                case CODE -> codes = true;
                case CODER -> coderRows = true;
                case MEMO -> memoRows = true;
                default -> {
                    // documents, attributes and reviews do not show in the editor
                }
            }
        }
        if (codes) {
            book = store.codebook();
        }
        if (coderRows) {
            coders = store.coderNames();
        }
        if (memoRows) {
            memos = codingMemos(store);
        }
        if (touched || codes || coderRows || memoRows) {
            show();
            return true;
        }
        return false;
    }

    /** Shows the codings of one coder, or of every coder when {@code coderId} is null. */
    void filter(Long coderId) {
        coderFilter = coderId;
        show();
    }

    /** Puts each coder's codings in lanes of their own, side by side, or all codings in shared lanes. */
    void groupByCoder(boolean grouped) {
        byCoder = grouped;
        show();
    }

    boolean groupedByCoder() {
        return byCoder;
    }

    private static Map<Long, String> codingMemos(ProjectReader store) {
        Map<Long, String> out = new HashMap<>();
        for (Memo m : store.allMemos()) {
            if (m.target().kind() == MemoTarget.Kind.CODING) {
                out.merge(m.target().id(), m.text(), (a, b) -> a + "\n" + b);
            }
        }
        return out;
    }

    private void show() {
        List<Coding> visible = codings.values().stream()
                .filter(c -> coderFilter == null || c.coderId() == coderFilter).toList();
        Map<Long, Integer> laneOf = byCoder ? Lanes.byCoder(visible, coders.entrySet().stream()
                .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList()) : Lanes.assign(visible);
        Map<Long, String> paths = new HashMap<>();
        Map<Long, CodingAnnotation> next = new HashMap<>();
        for (Coding c : visible) {
            Code code = book.get(c.codeId()).orElse(null);
            if (code == null) {
                continue;
            }
            String path = paths.computeIfAbsent(code.id(), book::path);
            String coder = coders.getOrDefault(c.coderId(), "?");
            String memo = memos.getOrDefault(c.id(), "");
            int lane = laneOf.get(c.id());
            CodingAnnotation old = shown.get(c.id());
            // most codings are as they were: keep their annotation rather than make an equal one
            next.put(c.id(), old != null && old.shows(c, code, path, coder, memo, lane) ? old
                    : new CodingAnnotation(c, code, path, coder, memo, lane));
        }
        replace(next);
        lanes = laneOf.values().stream().mapToInt(l -> l + 1).max().orElse(0);
    }

    private void replace(Map<Long, CodingAnnotation> next) {
        List<Annotation> removed = new ArrayList<>();
        Map<Annotation, Position> added = new HashMap<>();
        for (Iterator<Map.Entry<Long, CodingAnnotation>> it = shown.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Long, CodingAnnotation> e = it.next();
            CodingAnnotation now = next.get(e.getKey());
            if (now != e.getValue()) {
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
