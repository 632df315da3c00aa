package cn.qinglian.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import cn.qinglian.ui.WorkspaceSession;

/** Edit ▸ Undo (Ctrl+Z) and Redo (Ctrl+Y) on the session's command stack, enabled when there is something to. */
public final class CommandStackHandler extends AbstractHandler implements WorkspaceSession.Listener {

    private final WorkspaceSession session;
    private final boolean undo;

    private CommandStackHandler(WorkspaceSession session, boolean undo) {
        this.session = session;
        this.undo = undo;
        session.addListener(this);
        update();
    }

    public static CommandStackHandler undo(WorkspaceSession session) {
        return new CommandStackHandler(session, true);
    }

    public static CommandStackHandler redo(WorkspaceSession session) {
        return new CommandStackHandler(session, false);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (undo && session.commandStack().canUndo()) {
            session.commandStack().undo();
        } else if (!undo && session.commandStack().canRedo()) {
            session.commandStack().redo();
        }
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
        setBaseEnabled(undo ? session.commandStack().canUndo() : session.commandStack().canRedo());
    }

    @Override
    public void dispose() {
        session.removeListener(this);
        super.dispose();
    }
}
