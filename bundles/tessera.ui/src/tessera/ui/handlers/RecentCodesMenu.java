package tessera.ui.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import tessera.core.model.Code;
import tessera.ui.session.ProjectSession;

/** The "Code With" submenu: the codes the coder applied last, each coding the selection in one click. */
public final class RecentCodesMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        var store = ProjectSession.in(PlatformUI.getWorkbench()).store().orElse(null);
        if (store == null) {
            return new IContributionItem[0];
        }
        var book = store.codebook();
        for (Code c : ProjectSession.in(PlatformUI.getWorkbench()).recentCodes()) {
            CommandContributionItemParameter p = new CommandContributionItemParameter(
                    PlatformUI.getWorkbench(), null, "tessera.ui.codeWith", CommandContributionItem.STYLE_PUSH);
            p.label = book.path(c.id());
            p.parameters = Map.of(CodeWithHandler.CODE, Long.toString(c.id()));
            items.add(new CommandContributionItem(p));
        }
        return items.toArray(IContributionItem[]::new);
    }
}
