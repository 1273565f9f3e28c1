package tessera.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.core.store.ProjectStore;
import tessera.ui.session.ProjectSession;

/** A command on the open project that first asks for a .tessera file: Save a Copy, Merge Project. */
abstract class ProjectFileHandler extends AbstractHandler {

    /** Sets the dialog up (title, style's defaults); the filter is .tessera. */
    protected abstract void prepare(FileDialog dialog, ProjectStore store);

    /** Acts on the file the user chose. */
    protected abstract void run(ProjectStore store, String file, Shell shell);

    /** The dialog's style, SWT.OPEN or SWT.SAVE. */
    protected abstract int style();

    @Override
    public final Object execute(ExecutionEvent event) {
        ProjectStore store = ProjectSession.in(PlatformUI.getWorkbench()).store().orElse(null);
        if (store == null) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        FileDialog dialog = new FileDialog(shell, style());
        dialog.setFilterExtensions(new String[] {"*.tessera"});
        prepare(dialog, store);
        String file = dialog.open();
        if (file != null) {
            run(store, file, shell);
        }
        return null;
    }

    @Override
    public boolean isEnabled() {
        return ProjectSession.in(PlatformUI.getWorkbench()).store().isPresent();
    }
}
