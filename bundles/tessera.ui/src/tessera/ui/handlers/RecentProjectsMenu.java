package tessera.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

import tessera.ui.internal.Messages;
import tessera.ui.session.RecentProjects;

/** File > Open Recent: the project files opened last, newest first, numbered for the keyboard. */
public final class RecentProjectsMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<String> recent = RecentProjects.list();
        List<IContributionItem> items = new ArrayList<>();
        for (int i = 0; i < recent.size(); i++) {
            String location = recent.get(i);
            String label = (i < 9 ? "&" + (i + 1) + "  " : "") + Path.of(location).getFileName() + "  \u2014  "
                    + location;
            items.add(new ActionContributionItem(new Action(label.replace("&&", "&")) {
                @Override
                public void run() {
                    OpenProjectHandler.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                            Path.of(location));
                }
            }));
        }
        if (items.isEmpty()) {
            Action none = new Action(Messages.Recent_none) {
            };
            none.setEnabled(false);
            items.add(new ActionContributionItem(none));
        }
        return items.toArray(IContributionItem[]::new);
    }
}
