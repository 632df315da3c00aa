package cn.qinglian.ui.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.actions.CompoundContributionItem;

import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.internal.RecentWorkspaces;

/** File ▸ Recent workspaces: the last five folders opened, "1 L区 (folder)" …; choosing one opens it. */
public final class RecentWorkspacesMenu extends CompoundContributionItem {

    private final WorkspaceSwitching switching;

    public RecentWorkspacesMenu(WorkspaceSwitching switching) {
        super("cn.qinglian.ui.menus.recentWorkspaces");
        this.switching = switching;
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        List<Path> folders = RecentWorkspaces.instance().list();
        for (int i = 0; i < folders.size(); i++) {
            Path folder = folders.get(i);
            Action open = new Action(UiMessages.get("recentWorkspaceItem", String.valueOf(i + 1), folder)) {
                @Override
                public void run() {
                    switching.open(folder);
                }
            };
            items.add(new ActionContributionItem(open));
        }
        if (items.isEmpty()) {
            Action none = new Action(UiMessages.get("recentWorkspacesNone")) {
            };
            none.setEnabled(false);
            items.add(new ActionContributionItem(none));
        }
        return items.toArray(IContributionItem[]::new);
    }
}
