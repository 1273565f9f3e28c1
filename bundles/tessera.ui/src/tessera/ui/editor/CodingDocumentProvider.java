package tessera.ui.editor;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;

import tessera.core.store.ProjectReader;
import tessera.core.text.CodePointIndex;

/**
 * Supplies the editor's document: the stored plain text, which never changes under its codings, the index that
 * converts its code points to the widget's UTF-16 offsets, and an empty model for the codings' annotations.
 */
final class CodingDocumentProvider {

    /** A loaded document. */
    record Loaded(IDocument document, CodePointIndex index, IAnnotationModel annotations) {
    }

    Loaded load(ProjectReader store, long documentId) {
        String text = store.text(documentId);
        return new Loaded(new Document(text), CodePointIndex.of(text), new AnnotationModel());
    }
}
