package cn.qinglian.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.WorkspaceSaving;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs;

/** File ▸ Save (Ctrl+S): saves the workspace through its store; enabled while there are unsaved changes. */
public final class SaveHandler extends AbstractHandler implements WorkspaceSession.Listener {

    private final WorkspaceSession session;
    private final QinglianDialogs dialogs;

    public SaveHandler(WorkspaceSession session, QinglianDialogs dialogs) {
        this.session = session;
        this.dialogs = dialogs;
        session.addListener(this);
        update();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        WorkspaceSaving.save(session, HandlerUtil.getActiveShell(event), dialogs);
        return null;
    }

    @Override
    public void stateChanged(WorkspaceSession changed) {
        update();
    }

    @Override
    public void workspaceOpened(WorkspaceSession opened) {
        update();
    }

    private void update() {
        setBaseEnabled(session.isDirty());
    }

    @Override
    public void dispose() {
        session.removeListener(this);
        super.dispose();
    }
}
