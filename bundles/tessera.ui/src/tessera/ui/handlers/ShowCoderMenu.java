package tessera.ui.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import tessera.core.model.Coder;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.internal.Messages;
import tessera.ui.session.ProjectSession;

/** The "Show Codings Of" submenu: all coders, or one; the one shown is checked. */
public final class ShowCoderMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        var store = ProjectSession.in(PlatformUI.getWorkbench()).store().orElse(null);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IEditorPart active = window == null ? null : window.getActivePage().getActiveEditor();
        if (store == null || !(active instanceof DocumentEditor editor)) {
            return new IContributionItem[0];
        }
        List<IContributionItem> items = new ArrayList<>();
        items.add(item(Messages.ShowCoder_all, "", editor.shownCoder() == null));
        for (Coder c : store.coders()) {
            items.add(item(c.name(), c.name(), Long.valueOf(c.id()).equals(editor.shownCoder())));
        }
        items.add(new org.eclipse.jface.action.Separator());
        CommandContributionItemParameter group = new CommandContributionItemParameter(PlatformUI.getWorkbench(), null,
                "tessera.ui.groupByCoder", CommandContributionItem.STYLE_PUSH);
        group.label = editor.groupedByCoder() ? "\u2713 " + Messages.Editor_groupByCoder : Messages.Editor_groupByCoder;
        items.add(new CommandContributionItem(group));
        return items.toArray(IContributionItem[]::new);
    }

    private static IContributionItem item(String label, String value, boolean checked) {
        CommandContributionItemParameter p = new CommandContributionItemParameter(PlatformUI.getWorkbench(), null,
                "tessera.ui.showCoder", CommandContributionItem.STYLE_PUSH);
        p.label = checked ? "\u2713 " + label : label;
        p.parameters = Map.of(CodebookHandlers.VALUE, value);
        return new CommandContributionItem(p);
    }
}
