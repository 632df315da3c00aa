package cn.qinglian.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.roster.RosterImportDialog;

/** File ▸ 导入花名册…: opens the roster import wizard on the open workspace. */
public final class ImportRosterHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        new RosterImportDialog(window.getShell(), window.getWorkbench().getService(WorkspaceSession.class)).open();
        return null;
    }
}
