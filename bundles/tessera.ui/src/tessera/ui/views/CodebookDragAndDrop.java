package tessera.ui.views;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Item;
import org.eclipse.ui.PlatformUI;

import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.ops.MoveCode;
import tessera.core.store.StoreException;
import tessera.ui.internal.Messages;
import tessera.ui.session.ProjectSession;

/**
 * Codes dragged out of the Codebook: onto a passage in the editor they code it; onto another code they move under
 * it, and between two codes they move there (with their subcodes, one undoable step each).
 */
final class CodebookDragAndDrop extends ViewerDropAdapter {

    private CodebookDragAndDrop(TreeViewer viewer) {
        super(viewer);
    }

    static void install(TreeViewer viewer) {
        Transfer[] transfers = {LocalSelectionTransfer.getTransfer()};
        viewer.addDragSupport(DND.DROP_MOVE | DND.DROP_COPY, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
                event.doit = !viewer.getStructuredSelection().isEmpty();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, transfers, new CodebookDragAndDrop(viewer));
    }

    /**
     * Where a drop lands on a row: its top quarter is before the code, its bottom quarter after it, the middle onto it
     * (under it). JFace's own bands are five pixels, too thin to aim at, so a drop meant between two codes landed
     * on one of them while the feedback showed a line between.
     */
    @Override
    protected int determineLocation(DropTargetEvent event) {
        if (!(event.item instanceof Item item)) {
            return LOCATION_NONE;
        }
        Rectangle bounds = getBounds(item);
        if (bounds == null) {
            return LOCATION_NONE;
        }
        Point p = getViewer().getControl().toControl(new Point(event.x, event.y));
        return locationAt(p.y, bounds);
    }

    static int locationAt(int y, Rectangle row) {
        int quarter = Math.max(2, row.height / 4);
        if (y < row.y + quarter) {
            return LOCATION_BEFORE;
        }
        if (y >= row.y + row.height - quarter) {
            return LOCATION_AFTER;
        }
        return LOCATION_ON;
    }

    @Override
    public boolean validateDrop(Object target, int operation, TransferData type) {
        Code dragged = dragged();
        Codebook book = ProjectSession.in(PlatformUI.getWorkbench()).store().map(s -> s.codebook()).orElse(null);
        return dragged != null && book != null && moveFor(book, dragged, (Code) target, getCurrentLocation()) != null;
    }

    @Override
    public boolean performDrop(Object data) {
        Code dragged = dragged();
        var store = ProjectSession.in(PlatformUI.getWorkbench()).store().orElse(null);
        if (dragged == null || store == null) {
            return false;
        }
        MoveCode move = moveFor(store.codebook(), dragged, (Code) getCurrentTarget(), getCurrentLocation());
        try {
            if (move != null) {
                store.apply(move);
            }
            return move != null;
        } catch (StoreException e) {
            MessageDialog.openError(getViewer().getControl().getShell(), Messages.Codebook_failed, e.getMessage());
            return false;
        }
    }

    /**
     * The move a drop makes: onto a code, to the end of its subcodes; before or after one, beside it; onto the
     * blank space, to the end of the top level. Null when the drop would put a code under itself or change nothing.
     */
    static MoveCode moveFor(Codebook book, Code dragged, Code target, int location) {
        if (target == null) {
            return new MoveCode(dragged.id(), null);
        }
        if (book.isSelfOrAncestor(dragged.id(), target.id())) {
            return null;
        }
        if (location == LOCATION_ON || location == LOCATION_NONE) {
            return new MoveCode(dragged.id(), target.id());
        }
        Long parent = target.parentId();
        List<Code> siblings = (parent == null ? book.roots() : book.children(parent)).stream()
                .filter(c -> c.id() != dragged.id()).toList();
        int at = siblings.indexOf(target) + (location == LOCATION_AFTER ? 1 : 0);
        return new MoveCode(dragged.id(), parent, at);
    }

    private static Code dragged() {
        if (LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection s && s.size() == 1
                && s.getFirstElement() instanceof Code c) {
            return c;
        }
        return null;
    }
}
