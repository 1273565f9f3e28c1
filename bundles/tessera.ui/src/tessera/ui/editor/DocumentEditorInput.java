package tessera.ui.editor;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A document of the open project, identified by its id. */
public final class DocumentEditorInput implements IEditorInput {

    private final long documentId;
    private final String name;

    public DocumentEditorInput(long documentId, String name) {
        this.documentId = documentId;
        this.name = name;
    }

    public long documentId() {
        return documentId;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return name;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentEditorInput other && other.documentId == documentId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(documentId);
    }
}
