package cn.qinglian.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.WorkspaceSession;

/** Window size and title: the product name and the open workspace. */
final class QinglianWindowAdvisor extends WorkbenchWindowAdvisor {

    private final WorkspaceSession session;

    QinglianWindowAdvisor(IWorkbenchWindowConfigurer configurer, WorkspaceSession session) {
        super(configurer);
        this.session = session;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new QinglianActionBarAdvisor(configurer);
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

    static String windowTitle(WorkspaceSession session) {
        return UiMessages.get("windowTitle", UiMessages.get("aboutProduct"), session.workspace().name());
    }
}
