package cn.qinglian.ui.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import cn.qinglian.ui.WorkspaceSession;

/** Publishes the open workspace to the workbench's parts and opens the main perspective. */
final class QinglianWorkbenchAdvisor extends WorkbenchAdvisor {

    private final WorkspaceSession session;

    QinglianWorkbenchAdvisor(WorkspaceSession session) {
        this.session = session;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        IEclipseContext context = configurer.getWorkbench().getService(IEclipseContext.class);
        context.set(WorkspaceSession.class, session);
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new QinglianWindowAdvisor(configurer, session);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return MainPerspective.ID;
    }
}
