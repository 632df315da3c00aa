package cn.qinglian.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.internal.handlers.RecentWorkspacesMenu;
import cn.qinglian.ui.internal.handlers.WorkspaceSwitching;

/**
 * The menus: File (new, open, recent workspaces, save, exit), Edit (undo, redo, delete), Window (reset,
 * preferences), Help. Items are the standard workbench commands; plug-ins add to the groups through
 * org.eclipse.ui.menus.
 */
final class QinglianActionBarAdvisor extends ActionBarAdvisor {

    private final WorkspaceSwitching switching;
    private IWorkbenchAction quit;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction preferences;

    QinglianActionBarAdvisor(IActionBarConfigurer configurer, WorkspaceSwitching switching) {
        super(configurer);
        this.switching = switching;
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        quit = ActionFactory.QUIT.create(window);
        quit.setText(UiMessages.get("menuExit"));
        resetPerspective = ActionFactory.RESET_PERSPECTIVE.create(window);
        resetPerspective.setText(UiMessages.get("menuResetPerspective"));
        preferences = ActionFactory.PREFERENCES.create(window);
        preferences.setText(UiMessages.get("menuPreferences"));
        register(quit);
        register(resetPerspective);
        register(preferences);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(fileMenu());
        menuBar.add(editMenu());
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu());
        menuBar.add(helpMenu());
    }

    private MenuManager fileMenu() {
        MenuManager file = new MenuManager(UiMessages.get("fileMenu"), IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(command(QinglianWindowAdvisor.NEW_WORKSPACE, "menuNewWorkspace"));
        file.add(command(QinglianWindowAdvisor.OPEN_WORKSPACE, "menuOpenWorkspace"));
        MenuManager recent = new MenuManager(UiMessages.get("menuRecentWorkspaces"), "recentWorkspaces");
        recent.add(new RecentWorkspacesMenu(switching));
        file.add(recent);
        file.add(new Separator());
        file.add(command(IWorkbenchCommandConstants.FILE_SAVE, "menuSave"));
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        return file;
    }

    private MenuManager editMenu() {
        MenuManager edit = new MenuManager(UiMessages.get("editMenu"), IWorkbenchActionConstants.M_EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(command(IWorkbenchCommandConstants.EDIT_UNDO, "menuUndo"));
        edit.add(command(IWorkbenchCommandConstants.EDIT_REDO, "menuRedo"));
        edit.add(new Separator());
        edit.add(command(IWorkbenchCommandConstants.EDIT_DELETE, "menuDelete"));
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        return edit;
    }

    private MenuManager windowMenu() {
        MenuManager window = new MenuManager(UiMessages.get("windowMenu"), IWorkbenchActionConstants.M_WINDOW);
        window.add(resetPerspective);
        window.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        window.add(new Separator());
        window.add(preferences);
        return window;
    }

    private static MenuManager helpMenu() {
        MenuManager help = new MenuManager(UiMessages.get("helpMenu"), IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
        return help;
    }

    private IContributionItem command(String commandId, String labelKey) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
        CommandContributionItemParameter parameter = new CommandContributionItemParameter(window, null, commandId,
                CommandContributionItem.STYLE_PUSH);
        parameter.label = UiMessages.get(labelKey);
        return new CommandContributionItem(parameter);
    }
}
