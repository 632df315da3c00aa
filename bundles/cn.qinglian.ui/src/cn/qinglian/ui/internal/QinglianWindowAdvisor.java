package cn.qinglian.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.handlers.IHandlerService;

import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs;
import cn.qinglian.ui.internal.handlers.CommandStackHandler;
import cn.qinglian.ui.internal.handlers.SaveHandler;
import cn.qinglian.ui.internal.handlers.WorkspaceHandler;
import cn.qinglian.ui.internal.handlers.WorkspaceSwitching;
import cn.qinglian.ui.internal.recovery.RecoveryScheduler;

/**
 * Window size and title (the product, the workspace, {@code *} while unsaved); the window's handlers
 * for the standard Save, Undo and Redo commands and for New / Open workspace.
 */
final class QinglianWindowAdvisor extends WorkbenchWindowAdvisor {

    /** The commands of File ▸ New workspace and Open workspace. */
    static final String NEW_WORKSPACE = "cn.qinglian.ui.commands.newWorkspace";
    static final String OPEN_WORKSPACE = "cn.qinglian.ui.commands.openWorkspace";

    private final WorkspaceSession session;
    private final QinglianDialogs dialogs;
    private final RecoveryScheduler recovery;
    private WorkspaceSwitching switching;
    private final WorkspaceSession.Listener title = new WorkspaceSession.Listener() {
        @Override
        public void stateChanged(WorkspaceSession changed) {
            updateTitle();
        }

        @Override
        public void workspaceOpened(WorkspaceSession opened) {
            updateTitle();
        }
    };

    QinglianWindowAdvisor(IWorkbenchWindowConfigurer configurer, WorkspaceSession session, QinglianDialogs dialogs,
            RecoveryScheduler recovery) {
        super(configurer);
        this.session = session;
        this.dialogs = dialogs;
        this.recovery = recovery;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        switching = new WorkspaceSwitching(configurer.getWindowConfigurer().getWindow(), session, dialogs, recovery);
        return new QinglianActionBarAdvisor(configurer, switching);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowStatusLine(true);
        configurer.setShowCoolBar(false);
        configurer.setShowPerspectiveBar(false);
        configurer.setTitle(windowTitle(session));
    }

    @Override
    public void postWindowOpen() {
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        IHandlerService handlers = window.getService(IHandlerService.class);
        handlers.activateHandler(IWorkbenchCommandConstants.FILE_SAVE, new SaveHandler(session, dialogs));
        handlers.activateHandler(IWorkbenchCommandConstants.EDIT_UNDO, CommandStackHandler.undo(session));
        handlers.activateHandler(IWorkbenchCommandConstants.EDIT_REDO, CommandStackHandler.redo(session));
        handlers.activateHandler(NEW_WORKSPACE, new WorkspaceHandler(switching, WorkspaceSwitching::createNew));
        handlers.activateHandler(OPEN_WORKSPACE, new WorkspaceHandler(switching, WorkspaceSwitching::chooseAndOpen));
        session.addListener(title);
        updateTitle();
    }

    @Override
    public void postWindowClose() {
        session.removeListener(title);
    }

    private void updateTitle() {
        getWindowConfigurer().setTitle(windowTitle(session));
    }

    /** "清廉站所巡察工作台 — L区", with {@code *} before the workspace name while it has unsaved changes. */
    static String windowTitle(WorkspaceSession session) {
        return UiMessages.get(session.isDirty() ? "windowTitleDirty" : "windowTitle", UiMessages.get("aboutProduct"),
                session.workspace().name());
    }
}
