package tessera.app.workbench;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

import tessera.ui.handlers.HistoryAction;
import tessera.ui.util.ProjectStatusItem;

/**
 * The menu skeleton that plugin.xml contributions fill: File (with Exit), Edit (Undo and Redo named after the
 * change), Team, Window and Help. The workbench's own actions get Tessera's labels, so that the Chinese interface
 * has no English left in its menus.
 */
final class TesseraActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchAction quit;
    private HistoryAction undo;
    private HistoryAction redo;
    private Action resetPerspective;
    private Action about;

    TesseraActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        quit = ActionFactory.QUIT.create(window);
        quit.setText(Messages.menuExit);
        register(quit);
        // not registered: the undo and redo commands' handlers are tessera.ui's; these only name them
        undo = new HistoryAction(window, true);
        redo = new HistoryAction(window, false);
        resetPerspective = new Action(Messages.menuResetPerspective) {
            @Override
            public void run() {
                IWorkbenchPage page = window.getActivePage();
                if (page != null && MessageDialog.openConfirm(window.getShell(), Messages.resetTitle,
                        Messages.resetQuestion)) {
                    page.resetPerspective();
                }
            }
        };
        about = new Action(Messages.menuAbout) {
            @Override
            public void run() {
                MessageDialog.openInformation(window.getShell(), Messages.aboutTitle, AboutText.get());
            }
        };
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);
        menuBar.add(file);
        MenuManager edit = new MenuManager(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(edit);
        MenuManager team = new MenuManager(Messages.menuTeam, "team"); // filled by tessera.ui (menu:team)
        team.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(team);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        MenuManager windowMenu = new MenuManager(Messages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
        windowMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        windowMenu.add(new Separator());
        windowMenu.add(resetPerspective);
        menuBar.add(windowMenu);
        MenuManager help = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS)); // keys, the query syntax (tessera.ui)
        help.add(new Separator());
        help.add(about);
        menuBar.add(help);
    }

    @Override
    protected void fillStatusLine(IStatusLineManager statusLine) {
        statusLine.add(new ProjectStatusItem());
    }

    @Override
    public void dispose() {
        undo.dispose();
        redo.dispose();
        super.dispose();
    }
}
