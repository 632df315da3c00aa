package cn.qinglian.ui.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs;
import cn.qinglian.ui.internal.recovery.RecoveryScheduler;

/**
 * Publishes the open workspace, the dialogs and the recovery journal to the workbench's parts, opens
 * the main perspective, and asks Save / Don't save / Cancel before the workbench closes with unsaved
 * changes.
 */
final class QinglianWorkbenchAdvisor extends WorkbenchAdvisor {

    private final WorkspaceSession session;
    private final QinglianDialogs dialogs;
    private RecoveryScheduler recovery;
    private IEclipseContext applicationContext;

    QinglianWorkbenchAdvisor(WorkspaceSession session, QinglianDialogs dialogs) {
        this.session = session;
        this.dialogs = dialogs;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        recovery = new RecoveryScheduler(session);
        IEclipseContext context = configurer.getWorkbench().getService(IEclipseContext.class);
        applicationContext = context;
        context.set(WorkspaceSession.class, session);
        context.set(QinglianDialogs.class, dialogs);
        context.set(RecoveryScheduler.class, recovery);
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new QinglianWindowAdvisor(configurer, session, dialogs, recovery);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return MainPerspective.ID;
    }

    /**
     * Disposes the application's e4 context once the workbench has ended. The compatibility layer leaves
     * it alive, with the rendering engine still listening to UI events: a second workbench started in
     * the same process (a restart inside a test) would otherwise be driven by the dead one's engine too.
     */
    void disposeApplicationContext() {
        if (applicationContext != null) {
            applicationContext.dispose();
            applicationContext = null;
        }
    }

    @Override
    public boolean preShutdown() {
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window == null ? null : window.getShell();
        if (!UnsavedChanges.mayLeave(shell, session, dialogs)) {
            return false;
        }
        recovery.stop(true);
        return true;
    }
}
