package cn.qinglian.ui.internal;

import org.eclipse.swt.widgets.Shell;

import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs;

/** Saving the open workspace from any part of the workbench, telling the user when it fails. */
public final class WorkspaceSaving {

    private WorkspaceSaving() {
    }

    /** Saves the workspace; false (after showing why) when it could not be saved. */
    public static boolean save(WorkspaceSession session, Shell shell, QinglianDialogs dialogs) {
        try {
            session.save();
            return true;
        } catch (WorkspaceException e) {
            dialogs.showError(shell, UiMessages.get("saveFailedTitle"), UiMessages.get("saveFailed", e.getMessage()));
            return false;
        }
    }
}
