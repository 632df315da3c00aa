package cn.qinglian.ui.internal.handlers;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.RecentWorkspaces;
import cn.qinglian.ui.internal.UnsavedChanges;
import cn.qinglian.ui.internal.WorkspaceOpener;
import cn.qinglian.ui.internal.WorkspaceOpener.Opened;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs;
import cn.qinglian.ui.internal.recovery.RecoveryScheduler;

/**
 * File ▸ New workspace, Open workspace and Recent workspaces: leave the open workspace (Save / Don't save /
 * Cancel), open the other one in the same window (editors close, the explorer shows it), remember it.
 */
public final class WorkspaceSwitching {

    private final IWorkbenchWindow window;
    private final WorkspaceSession session;
    private final QinglianDialogs dialogs;
    private final RecoveryScheduler recovery;

    public WorkspaceSwitching(IWorkbenchWindow window, WorkspaceSession session, QinglianDialogs dialogs,
            RecoveryScheduler recovery) {
        this.window = window;
        this.session = session;
        this.dialogs = dialogs;
        this.recovery = recovery;
    }

    /** Asks for a workspace folder and opens it. */
    public boolean chooseAndOpen() {
        return dialogs.chooseWorkspace(shell()).map(this::open).orElse(false);
    }

    /** Asks for the name and folder of a new workspace, creates it and opens it. */
    public boolean createNew() {
        return dialogs.newWorkspace(shell()).map(workspace -> switchTo(opener -> opener.create(shell(), workspace)))
                .orElse(false);
    }

    /** Opens {@code folder} in place of the open workspace. */
    public boolean open(Path folder) {
        return switchTo(opener -> opener.open(shell(), folder));
    }

    private boolean switchTo(Function<WorkspaceOpener, Optional<Opened>> opening) {
        if (!UnsavedChanges.mayLeave(shell(), session, dialogs)) {
            return false;
        }
        recovery.suspend();
        Optional<Opened> opened = opening.apply(new WorkspaceOpener(XmiWorkspaceStore.installed(), dialogs));
        if (opened.isEmpty()) {
            recovery.resume();
            return false;
        }
        IWorkbenchPage page = window.getActivePage();
        if (page != null) {
            page.closeAllEditors(false);
        }
        session.open(opened.get().model(), opened.get().restored());
        RecentWorkspaces.instance().add(session.workspace().folder());
        return true;
    }

    private Shell shell() {
        return window.getShell();
    }
}
