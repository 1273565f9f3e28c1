package tessera.ui.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

import tessera.core.model.Coding;

/**
 * What the editor offers the workbench as its selection: the coding chosen on the stripes, so that the Memo view
 * and the coding commands can act on it, or nothing.
 */
final class EditorSelection implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private ISelection current = StructuredSelection.EMPTY;

    void changed(Coding coding) {
        ISelection next = coding == null ? StructuredSelection.EMPTY : new StructuredSelection(coding);
        if (next.equals(current)) {
            return;
        }
        current = next;
        SelectionChangedEvent event = new SelectionChangedEvent(this, next);
        listeners.forEach(l -> l.selectionChanged(event));
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public ISelection getSelection() {
        return current;
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void setSelection(ISelection selection) {
        // chosen through the stripes and the editor's methods only
    }
}
