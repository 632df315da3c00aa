package cn.qinglian.ui.internal;

import org.eclipse.swt.widgets.Shell;

import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs.UnsavedChoice;

/** Before the workspace is left (closing, opening another): Save / Don't save / Cancel. */
public final class UnsavedChanges {

    private UnsavedChanges() {
    }

    /**
     * Asks when the workspace has unsaved changes and saves when the user wants.
     *
     * @return whether the workspace may be left: not dirty, saved, or changes given up
     */
    public static boolean mayLeave(Shell shell, WorkspaceSession session, QinglianDialogs dialogs) {
        if (!session.isDirty()) {
            return true;
        }
        UnsavedChoice choice = dialogs.unsavedChanges(shell, session.workspace().name());
        return switch (choice) {
            case SAVE -> WorkspaceSaving.save(session, shell, dialogs);
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }
}
