package cn.qinglian.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.WorkspaceSaving;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs;

/** File ▸ Save (Ctrl+S): saves the workspace through its store; enabled while there are unsaved changes. */
public final class SaveHandler extends SessionStateHandler {

    private final QinglianDialogs dialogs;

    public SaveHandler(WorkspaceSession session, QinglianDialogs dialogs) {
        super(session);
        this.dialogs = dialogs;
        listen();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        WorkspaceSaving.save(session, HandlerUtil.getActiveShell(event), dialogs);
        return null;
    }

    @Override
    protected boolean enabledFor(WorkspaceSession current) {
        return current.isDirty();
    }
}
