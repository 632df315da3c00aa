package cn.qinglian.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import cn.qinglian.ui.WorkspaceSession;

/** Help ▸ About: version, build id, runtime and the open workspace. */
public class AboutHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        WorkspaceSession session = window.getService(WorkspaceSession.class);
        new AboutDialog(window.getShell(), session).open();
        return null;
    }
}
